package dev.javapdk.harness.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Inputs an untrusted caller might send: random bytes, invalid UTF-8, malformed, deeply nested
 * and huge JSON, huge numbers and strings, and inputs of many megabytes. Deterministic for a given
 * {@link Random}, so a failure can be replayed from its seed.
 *
 * <pre>{@code
 * Random random = new Random(42);
 * byte[] input = HostileInputs.next(random, HostileInputs.Kind.DEEP_JSON, 0);
 * }</pre>
 */
public final class HostileInputs {
    /** The families of inputs. */
    public enum Kind {
        /** Uniformly random bytes, 0 to 300 long. */
        RANDOM_BYTES,
        /** Bytes that are not UTF-8: lone continuation bytes, truncated sequences, surrogates, overlongs. */
        INVALID_UTF8,
        /** Short text in many scripts, with control characters and astral code points. */
        TEXT,
        /** JSON-looking text with one defect: unclosed, stray commas, bad escapes, wrong literals. */
        MALFORMED_JSON,
        /** Arrays or objects nested thousands deep. */
        DEEP_JSON,
        /** Numbers with hundreds of digits, huge exponents, or out of every primitive's range. */
        HUGE_NUMBER,
        /** A JSON string or plain text of up to a few hundred kilobytes. */
        HUGE_STRING,
        /** Valid JSON documents (objects, arrays, scalars) of random shape and types. */
        RANDOM_JSON,
        /** An input of the given large size (megabytes): text, JSON array, or raw bytes. */
        LARGE
    }

    private static final String[] SCRIPTS = {
        "abc",
        "ÀÉÎõü",
        "Ωμέγα",
        "Привет",
        "日本語",
        "한국어",
        "עברית",
        "العربية",
        "🌍🎉",
        "\u0000\u0001\u001f",
        " \t\n\r\u000b\f",
        "\u2028\u2029\u00a0\u3000",
        "\ud83d\ude00"
    };

    private HostileInputs() {}

    /** One input of {@code kind}; {@code largeBytes} is the size of {@link Kind#LARGE} inputs. */
    public static byte[] next(Random random, Kind kind, int largeBytes) {
        return switch (kind) {
            case RANDOM_BYTES -> randomBytes(random, random.nextInt(301));
            case INVALID_UTF8 -> invalidUtf8(random);
            case TEXT -> text(random, random.nextInt(40)).getBytes(StandardCharsets.UTF_8);
            case MALFORMED_JSON -> malformedJson(random).getBytes(StandardCharsets.UTF_8);
            case DEEP_JSON -> deepJson(random).getBytes(StandardCharsets.UTF_8);
            case HUGE_NUMBER -> hugeNumber(random).getBytes(StandardCharsets.UTF_8);
            case HUGE_STRING -> hugeString(random).getBytes(StandardCharsets.UTF_8);
            case RANDOM_JSON -> json(random, 0).getBytes(StandardCharsets.UTF_8);
            case LARGE -> large(random, largeBytes);
        };
    }

    static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] defects = {
            {(byte) 0x80},
            {(byte) 0xBF},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xFF},
            {(byte) 0xFE},
            {(byte) 0xC3}
        };
        StringBuilder prefix = new StringBuilder(text(random, random.nextInt(10)));
        byte[] head = prefix.toString().getBytes(StandardCharsets.UTF_8);
        byte[] defect = defects[random.nextInt(defects.length)];
        byte[] tail = text(random, random.nextInt(10)).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + defect.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(defect, 0, all, head.length, defect.length);
        System.arraycopy(tail, 0, all, head.length + defect.length, tail.length);
        return all;
    }

    static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            String script = SCRIPTS[random.nextInt(SCRIPTS.length)];
            int from = random.nextInt(script.length());
            // Never split a surrogate pair: the result must stay well-formed UTF-16.
            if (from > 0 && Character.isLowSurrogate(script.charAt(from))) {
                from--;
            }
            text.append(script, from, script.length());
        }
        return text.toString();
    }

    private static String malformedJson(Random random) {
        String valid = json(random, 0);
        String[] defects = {
            "{",
            "[",
            "\"",
            "]",
            "}",
            ",",
            ":",
            "\\",
            "\\u12",
            "tru",
            "nul",
            "01",
            "1.",
            "-",
            "1e",
            "+1",
            ".5",
            "NaN",
            "Infinity",
            "'a'",
            "\u0000",
            "/*c*/",
            "\t,"
        };
        String defect = defects[random.nextInt(defects.length)];
        int at = random.nextInt(valid.length() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> valid.substring(0, at) + defect + valid.substring(at);
            case 1 -> valid.substring(0, at);
            default -> valid + defect;
        };
    }

    private static String deepJson(Random random) {
        int depth = 100 + random.nextInt(random.nextBoolean() ? 1_000 : 100_000);
        StringBuilder json = new StringBuilder(depth * 6);
        boolean objects = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            json.append(objects ? "{\"a\":" : "[");
        }
        json.append(random.nextBoolean() ? "1" : "");
        if (random.nextInt(4) != 0) {
            for (int i = 0; i < depth; i++) {
                json.append(objects ? '}' : ']');
            }
        }
        return json.toString();
    }

    private static String hugeNumber(Random random) {
        StringBuilder digits = new StringBuilder();
        if (random.nextBoolean()) {
            digits.append('-');
        }
        int length = 1 + random.nextInt(random.nextBoolean() ? 30 : 2_000);
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        switch (random.nextInt(4)) {
            case 0 -> digits.append('.').append(random.nextInt(1_000_000));
            case 1 -> digits.append('e').append(random.nextBoolean() ? "-" : "").append(random.nextInt(100_000));
            case 2 -> digits.append("E+").append(Long.MAX_VALUE);
            default -> {}
        }
        return random.nextBoolean() ? digits.toString() : "[" + digits + "]";
    }

    private static String hugeString(Random random) {
        int length = 1_000 + random.nextInt(300_000);
        StringBuilder text = new StringBuilder(length + 2);
        String piece = text(random, 3);
        if (piece.isEmpty()) {
            piece = "x";
        }
        boolean quoted = random.nextBoolean();
        if (quoted) {
            text.append('"');
        }
        while (text.length() < length) {
            text.append(
                    quoted
                            ? piece.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ")
                            : piece);
        }
        if (quoted) {
            text.append('"');
        }
        return text.toString();
    }

    static String json(Random random, int depth) {
        int pick = depth > 4 ? random.nextInt(5) : random.nextInt(7);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 3 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            case 4 -> quote(text(random, random.nextInt(4)));
            case 5 -> {
                StringBuilder array = new StringBuilder("[");
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.append(i > 0 ? "," : "").append(json(random, depth + 1));
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    object.append(i > 0 ? "," : "")
                            .append(quote(text(random, 1)))
                            .append(':')
                            .append(json(random, depth + 1));
                }
                yield object.append('}').toString();
            }
        };
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static byte[] large(Random random, int size) {
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] text = new byte[size];
                for (int i = 0; i < size; i++) {
                    text[i] = (byte) ('a' + random.nextInt(26));
                }
                return text;
            }
            case 1 -> {
                // A JSON array of small numbers: many small objects for a function that parses it.
                StringBuilder array = new StringBuilder(size);
                array.append('[');
                while (array.length() < size - 3) {
                    array.append(random.nextInt(10)).append(',');
                }
                array.append("0]");
                return array.toString().getBytes(StandardCharsets.US_ASCII);
            }
            default -> {
                return randomBytes(random, size);
            }
        }
    }
}
