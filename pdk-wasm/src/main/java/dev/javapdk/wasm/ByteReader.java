package dev.javapdk.wasm;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked cursor over a slice of the input. Offsets are always absolute positions in the
 * whole input, so every error names the byte where it happened; {@code what} names the slice
 * ("section 10 (code)", "body of function 7") for "unexpected end of ..." messages.
 */
final class ByteReader {
    final byte[] buf;
    final int limit;
    final String what;
    int pos;

    ByteReader(byte[] buf, int pos, int limit, String what) {
        this.buf = buf;
        this.pos = pos;
        this.limit = limit;
        this.what = what;
    }

    boolean atEnd() {
        return pos >= limit;
    }

    int remaining() {
        return limit - pos;
    }

    private void need(int n) {
        if (n > limit - pos) {
            throw new WasmFormatException(
                    "unexpected end of " + what + " (" + n + " more byte(s) needed, " + what + " ends at byte " + limit
                            + ")",
                    pos);
        }
    }

    int u8() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    byte[] bytes(int n) {
        need(n);
        byte[] out = java.util.Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    void skip(int n) {
        need(n);
        pos += n;
    }

    /** Unsigned LEB128 of at most 32 bits (at most 5 bytes). */
    long u32() {
        int start = pos;
        long result = 0;
        for (int i = 0; ; i++) {
            int b = u8();
            if (i == 4 && (b & 0xF0) != 0) {
                throw new WasmFormatException(
                        "LEB128 u32 starting at byte " + start + " is too long or exceeds 32 bits", pos - 1);
            }
            result |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    int s32() {
        return (int) signed(32);
    }

    long s33() {
        return signed(33);
    }

    long s64() {
        return signed(64);
    }

    /** Signed LEB128 of the given width; unused bits of the last byte must repeat the sign bit. */
    private long signed(int bits) {
        int start = pos;
        int maxBytes = (bits + 6) / 7;
        long result = 0;
        int shift = 0;
        for (int i = 0; ; i++) {
            int b = u8();
            int payload = b & 0x7F;
            if (i == maxBytes - 1) {
                int used = bits - 7 * i;
                int upper = payload >> (used - 1);
                if ((b & 0x80) != 0 || (upper != 0 && upper != (0x7F >> (used - 1)))) {
                    throw new WasmFormatException(
                            "LEB128 s" + bits + " starting at byte " + start + " is too long or exceeds " + bits
                                    + " bits",
                            pos - 1);
                }
            }
            result |= (long) payload << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (shift < 64 && (payload & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
        }
    }

    /** A vector length; each element takes at least one byte, so larger counts are truncation. */
    int count(String of) {
        int at = pos;
        long n = u32();
        if (n > remaining()) {
            throw new WasmFormatException(
                    "count of " + n + " " + of + " exceeds the " + remaining() + " byte(s) left in " + what, at);
        }
        return (int) n;
    }

    /** An index into some index space of the given size. */
    int index(String space, int size) {
        int at = pos;
        long i = u32();
        if (i >= size) {
            throw new WasmFormatException(space + " index " + i + " is out of range (" + size + " defined)", at);
        }
        return (int) i;
    }

    /** A UTF-8 name (length-prefixed). */
    String name() {
        int len = count("name bytes");
        int at = pos;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(len)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WasmFormatException("name is not valid UTF-8", at);
        }
    }

    /** A nested slice of {@code len} bytes starting here; this reader moves past it. */
    ByteReader sub(long len, String subWhat) {
        if (len > remaining()) {
            throw WasmFormatException.described(
                    subWhat + " starting at byte " + pos + " declares " + len + " bytes, which reaches byte "
                            + (pos + len) + ", but " + what + " ends at byte " + limit,
                    pos);
        }
        ByteReader r = new ByteReader(buf, pos, pos + (int) len, subWhat);
        pos += (int) len;
        return r;
    }

    /** Fails unless the slice has been consumed exactly. */
    void expectEnd() {
        if (pos != limit) {
            throw WasmFormatException.described(
                    "content of " + what + " ends at byte " + pos + " but its declared size reaches byte " + limit,
                    pos);
        }
    }
}
