/** The register of UK elected bodies, parties and councillor rosters, bundled from real open data. */
package org.floorcross.register;
