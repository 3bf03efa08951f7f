/** The composition ledger: dated events on each body, and from them the seats per bloc and control at any date. */
package org.floorcross.ledger;
