/** Reading news: article files in plain text, HTML and JSON Lines, with their dates, and clear problems for bad input. */
package org.floorcross.news;
