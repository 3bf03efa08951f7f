package org.floorcross.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads one file as text, refusing what is not text: too big (checked before reading), empty, binary, or not UTF-8.
 */
final class TextFiles {

    /** How many leading bytes decide whether a file is binary. */
    static final int SNIFF_BYTES = 8192;

    /** The outcome of loading: the text, or why there is none. */
    sealed interface Loaded {
        record Text(String text) implements Loaded {}

        record Refused(String message) implements Loaded {}
    }

    private final long maxBytes;

    TextFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Loaded load(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return tooBig(size);
            }
            if (size == 0) {
                return new Loaded.Refused("empty file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            return bytes.length > maxBytes ? tooBig(bytes.length) : decode(bytes);
        } catch (IOException e) {
            return new Loaded.Refused("cannot be read: " + describe(e));
        }
    }

    /**
     * Why the first {@code length} bytes show a file is not text (a NUL byte, or more than a tenth control bytes among
     * the first {@link #SNIFF_BYTES}), or null when they may be text.
     */
    static String binaryReason(byte[] bytes, int length) {
        int sniffed = Math.min(length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary file (contains NUL bytes), not text";
            }
            if (i < sniffed && (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f)) {
                controls++;
            }
        }
        return controls * 10 > sniffed ? "binary file (mostly control bytes), not text" : null;
    }

    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String describe(IOException e) {
        String detail = e.getMessage();
        return e.getClass().getSimpleName() + (detail == null ? "" : " (" + detail + ")");
    }

    private Loaded tooBig(long size) {
        return new Loaded.Refused("file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
    }

    private static Loaded decode(byte[] bytes) {
        String binary = binaryReason(bytes, bytes.length);
        if (binary != null) {
            return new Loaded.Refused(binary);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = strictUtf8().decode(buffer).toString();
            return new Loaded.Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return new Loaded.Refused("invalid UTF-8 at byte " + buffer.position() + " (files must be UTF-8 encoded)");
        }
    }
}
