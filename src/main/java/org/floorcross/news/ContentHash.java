package org.floorcross.news;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A fingerprint of an article's words, blind to layout: the same story saved twice hashes the same. */
final class ContentHash {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private ContentHash() {}

    /** Lower-case hex SHA-256 of the NFC-normalised text, each run of whitespace made one space, ends trimmed. */
    static String of(String text) {
        String normalised = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
