package dev.javapdk.pdk.internal;

/**
 * UTF-8 without {@code java.nio.charset}. Internal.
 *
 * <p>TeaVM's charset classes are large for what they do (their decoder's constructor alone pulls in
 * float formatting) and go through buffers; every plug-in converts its input and output, so this
 * direct loop keeps modules smaller and calls faster. Results equal the JDK's
 * {@code new String(bytes, UTF_8)} and {@code s.getBytes(UTF_8)} (JDK 17): malformed input
 * becomes U+FFFD by the JDK's rules, an unpaired surrogate encodes as {@code '?'}.
 *
 * <pre>{@code
 * byte[] bytes = Utf8.encode("Zoë");
 * String back = Utf8.decode(bytes);
 * }</pre>
 */
public final class Utf8 {
    private Utf8() {}

    /** Decodes {@code bytes[offset..offset+length]}. */
    public static String decode(byte[] bytes, int offset, int length) {
        char[] chars = new char[length];
        int n = 0;
        int sp = offset;
        int sl = offset + length;
        // Malformed input follows the JDK's String(byte[], UTF_8) replacement rules exactly.
        while (sp < sl) {
            int b1 = bytes[sp++];
            if (b1 >= 0) {
                chars[n++] = (char) b1;
            } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                if (sp < sl) {
                    int b2 = bytes[sp++];
                    if (notContinuation(b2)) {
                        chars[n++] = '\uFFFD';
                        sp--;
                    } else {
                        chars[n++] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
                    }
                    continue;
                }
                chars[n++] = '\uFFFD';
                break;
            } else if ((b1 >> 4) == -2) {
                if (sp + 1 < sl) {
                    int b2 = bytes[sp++];
                    int b3 = bytes[sp++];
                    if ((b1 == (byte) 0xE0 && (b2 & 0xE0) == 0x80) || notContinuation(b2) || notContinuation(b3)) {
                        chars[n++] = '\uFFFD';
                        sp -= 2;
                        if (!((b1 == (byte) 0xE0 && (b2 & 0xE0) == 0x80) || notContinuation(b2))) {
                            sp++;
                        }
                    } else {
                        char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
                        chars[n++] = Character.isSurrogate(c) ? '\uFFFD' : c;
                    }
                    continue;
                }
                if (sp < sl && ((b1 == (byte) 0xE0 && (bytes[sp] & 0xE0) == 0x80) || notContinuation(bytes[sp]))) {
                    chars[n++] = '\uFFFD';
                    continue;
                }
                chars[n++] = '\uFFFD';
                break;
            } else if ((b1 >> 3) == -2) {
                int lead = b1 & 0xFF;
                if (sp + 2 < sl) {
                    int b2 = bytes[sp++];
                    int b3 = bytes[sp++];
                    int b4 = bytes[sp++];
                    int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
                    if (notContinuation(b2)
                            || notContinuation(b3)
                            || notContinuation(b4)
                            || cp < 0x10000
                            || cp > 0x10FFFF) {
                        chars[n++] = '\uFFFD';
                        sp -= 3;
                        int v2 = b2 & 0xFF;
                        if (lead > 0xF4
                                || (lead == 0xF0 && (v2 < 0x90 || v2 > 0xBF))
                                || (lead == 0xF4 && (v2 & 0xF0) != 0x80)
                                || notContinuation(b2)) {
                            continue;
                        }
                        sp += notContinuation(b3) ? 1 : 2;
                    } else {
                        chars[n++] = (char) (0xD7C0 + (cp >> 10));
                        chars[n++] = (char) (0xDC00 | (cp & 0x3FF));
                    }
                    continue;
                }
                if (lead > 0xF4 || (sp < sl && malformed4Second(lead, bytes[sp] & 0xFF))) {
                    chars[n++] = '\uFFFD';
                    continue;
                }
                sp++;
                if (sp < sl && notContinuation(bytes[sp])) {
                    chars[n++] = '\uFFFD';
                    continue;
                }
                chars[n++] = '\uFFFD';
                break;
            } else {
                chars[n++] = '\uFFFD';
            }
        }
        return new String(chars, 0, n);
    }

    /** Decodes all of {@code bytes}. */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Encodes {@code text}; an unpaired surrogate becomes {@code '?'}, as in the JDK. */
    public static byte[] encode(String text) {
        int length = text.length();
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size++;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    private static boolean notContinuation(int b) {
        return (b & 0xC0) != 0x80;
    }

    private static boolean malformed4Second(int lead, int b2) {
        return (lead == 0xF0 && (b2 < 0x90 || b2 > 0xBF))
                || (lead == 0xF4 && (b2 & 0xF0) != 0x80)
                || (b2 & 0xC0) != 0x80;
    }
}
