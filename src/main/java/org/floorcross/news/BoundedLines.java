package org.floorcross.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than a set number of bytes of one line; longer lines are
 * skipped. Splitting bytes at line feeds is safe for UTF-8, where byte 0x0A only ever means a line feed.
 */
final class BoundedLines {

    /** One line without its terminator: its bytes, or null when it was longer than the limit. */
    record Line(long number, byte[] bytes) {

        boolean overlong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int length;
    private long number;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        line.reset();
        boolean overlong = false;
        boolean sawAny = false;
        while (position < length || fill()) {
            sawAny = true;
            int start = position;
            while (position < length && buffer[position] != '\n') {
                position++;
            }
            int end = position;
            boolean complete = position < length;
            if (complete) {
                position++;
            }
            overlong = overlong || line.size() + (end - start) > maxBytes;
            if (!overlong) {
                line.write(buffer, start, end - start);
            }
            if (complete) {
                return finish(overlong);
            }
        }
        return sawAny ? finish(overlong) : null;
    }

    private boolean fill() throws IOException {
        length = Math.max(in.read(buffer), 0);
        position = 0;
        return length > 0;
    }

    private Line finish(boolean overlong) {
        number++;
        if (overlong) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(number, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end));
    }
}
