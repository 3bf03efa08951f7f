/** Benchmarks: prefilter throughput, extraction and end-to-end speed on a generated news mix, and peak heap. */
package org.floorcross.bench;
