package org.floorcross.extract;

/** Character offsets [start, end) of an evidence sentence in the article's text. */
public record Evidence(int start, int end) {}
