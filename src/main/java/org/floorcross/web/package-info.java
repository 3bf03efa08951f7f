/** The web: dashboard pages, the JSON API, feeds and exports, served by Javalin. */
package org.floorcross.web;
