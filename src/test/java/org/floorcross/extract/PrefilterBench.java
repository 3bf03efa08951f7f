package org.floorcross.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures prefilter throughput on one thread, run by hand (not a test): builds a corpus of about 64 MB from the
 * development articles with their allegiance sentences removed (the typical, rejected case) plus the articles as they
 * are, then times repeated passes. Results go in docs/extraction.md.
 */
public final class PrefilterBench {

    private PrefilterBench() {}

    public static void main(String[] args) throws IOException {
        List<String> rejected = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/devset/articles"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                accepted.add(text);
                rejected.add(text.replaceAll("(?i)[^.\\n]*(?:council|member|\\bMPs?\\b|\\bMSs?\\b|senedd|holyrood"
                        + "|commons|assembly|parliament|stormont|cllr|alderm|\\bcoun\\b)[^.\\n]*[.\\n]?", ""));
            }
        }
        Prefilter prefilter = Prefilter.standard();
        report("news without allegiance vocabulary", prefilter, rejected);
        report("development articles as written", prefilter, accepted);
    }

    private static void report(String label, Prefilter prefilter, List<String> texts) {
        long bytes = texts.stream().mapToLong(String::length).sum();
        int repeat = (int) Math.max(1, (64L << 20) / Math.max(1, bytes));
        int hits = 0;
        for (int warm = 0; warm < 5; warm++) {
            hits = pass(prefilter, texts, repeat);
        }
        long start = System.nanoTime();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            hits = pass(prefilter, texts, repeat);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double megabytes = (double) bytes * repeat * rounds / 1e6;
        System.out.printf("%s: %.0f MB/s (%d of %d accepted)%n", label, megabytes / seconds, hits, texts.size());
    }

    private static int pass(Prefilter prefilter, List<String> texts, int repeat) {
        int hits = 0;
        for (int r = 0; r < repeat; r++) {
            for (String text : texts) {
                hits += prefilter.accepts(text) ? 1 : 0;
            }
        }
        return hits / repeat;
    }
}
