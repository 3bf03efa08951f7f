/** Review: corroborates claims across outlets, accepts, merges or rejects them, and keeps each decision's history. */
package org.floorcross.review;
