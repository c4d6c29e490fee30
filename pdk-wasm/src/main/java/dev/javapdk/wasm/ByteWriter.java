package dev.javapdk.wasm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Growable byte buffer with the wasm encodings we need to emit (minimal LEB128, names). */
final class ByteWriter {
    private byte[] buf = new byte[256];
    private int size;

    ByteWriter u8(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
        return this;
    }

    ByteWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    ByteWriter bytes(byte[] b, int from, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
        }
        System.arraycopy(b, from, buf, size, len);
        size += len;
        return this;
    }

    ByteWriter u32(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    /** Signed LEB128 of a 32-bit value (at most 5 bytes). */
    ByteWriter s32(int v) {
        while (true) {
            int b = v & 0x7F;
            v >>= 7;
            if (v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0) {
                return u8(b);
            }
            u8(b | 0x80);
        }
    }

    ByteWriter name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return u32(b.length).bytes(b);
    }

    /** Writes {@code content} prefixed with its length (as for sections and function bodies). */
    ByteWriter sized(byte[] content) {
        return u32(content.length).bytes(content);
    }

    static byte[] leb(long v) {
        return new ByteWriter().u32(v).toByteArray();
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
