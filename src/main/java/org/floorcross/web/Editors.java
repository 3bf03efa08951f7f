package org.floorcross.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The editors the operator configured, as {@code user:pbkdf2-sha256$ITERATIONS$SALT$HASH} lines (salt and hash in
 * Base64). Passwords are checked with PBKDF2-HMAC-SHA256 from the JDK and compared in constant time.
 */
final class Editors {

    static final int ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final String DUMMY = hash("not-a-password".toCharArray(), ITERATIONS);

    private final Map<String, String> hashes;

    private Editors(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /** Parses {@code user:hash} lines; blank lines and lines starting with # are skipped. */
    static Editors parse(List<String> lines) {
        Map<String, String> hashes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String user = colon < 0 ? "" : line.substring(0, colon);
            String hash = colon < 0 ? "" : line.substring(colon + 1);
            if (user.isBlank() || hash.split("\\$").length != 4 || !hash.startsWith(PREFIX + "$")) {
                throw new IllegalArgumentException("editor line " + (i + 1) + " is not user:" + PREFIX
                        + "$ITERATIONS$SALT$HASH (user '" + user + "')");
            }
            hashes.put(user, hash);
        }
        return new Editors(hashes);
    }

    boolean any() {
        return !hashes.isEmpty();
    }

    /** Whether the password is this editor's; takes as long for an unknown user as for a known one. */
    boolean verify(String user, char[] password) {
        String stored = hashes.getOrDefault(user, DUMMY);
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && hashes.containsKey(user);
    }

    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        }
    }
}
