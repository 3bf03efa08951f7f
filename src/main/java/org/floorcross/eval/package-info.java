/** Evaluation: scores extraction output against hand-labelled gold articles and says where it went wrong. */
package org.floorcross.eval;
