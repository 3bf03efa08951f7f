/** The JDBC store: H2 embedded by default or PostgreSQL, one set of Flyway migrations for both. */
package org.floorcross.store;
