/** Extraction: a pure function from an article to the changes of allegiance it reports, with evidence and confidence. */
package org.floorcross.extract;
