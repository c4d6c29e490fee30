package dev.javapdk.pdk.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The PDK's UTF-8 codec must agree with the JDK's on every input, valid or not. */
class Utf8Test {
    @Test
    void decodesLikeTheJdkOnValidAndMalformedBytes() {
        Random random = new Random(7);
        byte[] interesting = {
            0,
            0x41,
            0x7F,
            (byte) 0x80,
            (byte) 0xBF,
            (byte) 0xC0,
            (byte) 0xC1,
            (byte) 0xC2,
            (byte) 0xDF,
            (byte) 0xE0,
            (byte) 0xED,
            (byte) 0xEF,
            (byte) 0xF0,
            (byte) 0xF4,
            (byte) 0xF5,
            (byte) 0xFF,
            (byte) 0xA0,
            (byte) 0x9F,
            (byte) 0x90,
            (byte) 0x8F
        };
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextBoolean()
                        ? interesting[random.nextInt(interesting.length)]
                        : (byte) random.nextInt();
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8.decode(bytes), () -> hex(bytes));
        }
        String text = "héllo, wörld – 日本語 🌍👍🏽";
        assertEquals(text, Utf8.decode(text.getBytes(StandardCharsets.UTF_8)));
        byte[] framed = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
        assertEquals(text, Utf8.decode(framed, 2, framed.length - 4));
    }

    @Test
    void encodesLikeTheJdkIncludingUnpairedSurrogates() {
        Random random = new Random(11);
        char[] interesting = {
            'a', '\u007F', '\u0080', '\u07FF', '\u0800', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000',
            '\uFFFF', '\u0000'
        };
        for (int round = 0; round < 200_000; round++) {
            char[] chars = new char[random.nextInt(10)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean()
                        ? interesting[random.nextInt(interesting.length)]
                        : (char) random.nextInt();
            }
            String s = new String(chars);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), s);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x ", b));
        }
        return out.toString();
    }
}
