package dev.javapdk.wasm;

import static dev.javapdk.fixtures.TestWasm.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * LEB128 decoding limits. Split from MalformedInputTest when that moved to pdk-pipeline: these
 * assertions read ByteReader directly, which is internal to this package.
 */
class ByteReaderTest {

    private static void assertMessage(byte[] wasm, String... fragments) {
        String message = assertThrows(WasmFormatException.class, () -> WasmModule.parse(wasm))
                .getMessage();
        assertTrue(message.startsWith("invalid wasm: "), message);
        for (String f : fragments) {
            assertTrue(message.contains(f), () -> "'" + f + "' not in: " + message);
        }
    }

    @Test
    void leb128Overflow() {
        assertMessage(
                bytes(header(), 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00), "LEB128 u32 starting at byte 9", "too long");
        assertMessage(bytes(header(), 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x1F), "LEB128 u32", "at byte 13");
        assertEquals(0xFFFFFFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).u32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).s32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x7F).s32());
        assertEquals(Integer.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07).s32());
        assertThrows(
                WasmFormatException.class,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x08).s32()); // 2^31
        assertThrows(
                WasmFormatException.class,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x77).s32());
        assertEquals(-64, reader(0x40).s33());
        assertEquals(0xFFFFFFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s33());
        assertThrows(
                WasmFormatException.class,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).s33());
        assertEquals(
                Long.MIN_VALUE,
                reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F)
                        .s64());
        assertEquals(
                Long.MAX_VALUE,
                reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00)
                        .s64());
        assertThrows(
                WasmFormatException.class,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01)
                        .s64());
        assertThrows(
                WasmFormatException.class,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00)
                        .s64());
        for (long v : new long[] {0, 1, -1, 63, 64, -64, -65, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertEquals(v, reader(s64(v)).s64());
        }
    }

    private static ByteReader reader(Object... parts) {
        byte[] b = bytes(parts);
        return new ByteReader(b, 0, b.length, "test");
    }
}
