package dev.javapdk.runtime.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code String} methods with the JDK's behaviour, where TeaVM's class library differs. Internal:
 * the build gives those methods of TeaVM's {@code String} bodies that call these, the receiver as
 * the first argument.
 *
 * <pre>{@code
 * "\n\t".isBlank();   // true, as on the JVM (TeaVM: only ' ' counts as blank)
 * "stra\u00dfe".toUpperCase();  // "STRASSE"
 * }</pre>
 */
public final class Strings {
    private Strings() {}

    // ---- whitespace ----

    /** Every char {@link Character#isWhitespace(char)} (see {@link #isWhitespace(char)}). */
    public static boolean isBlank(String s) {
        return firstNonWhitespace(s) == s.length();
    }

    public static String strip(String s) {
        int begin = firstNonWhitespace(s);
        return begin == s.length() ? "" : part(s, begin, lastNonWhitespace(s) + 1);
    }

    public static String stripLeading(String s) {
        return part(s, firstNonWhitespace(s), s.length());
    }

    public static String stripTrailing(String s) {
        return part(s, 0, lastNonWhitespace(s) + 1);
    }

    /** Removes chars up to and including U+0020 from both ends. */
    public static String trim(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && s.charAt(begin) <= ' ') {
            begin++;
        }
        while (end > begin && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return part(s, begin, end);
    }

    /**
     * {@link Character#isWhitespace(char)}, written out: space, line and paragraph separators except
     * the no-break ones, and the ASCII controls \t \n \u000B \f \r \u001C-\u001F. Without
     * TeaVM's Unicode tables, which would otherwise come into every plug-in that checks for blank input.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
        }
        if (c < '\u1680') {
            return false;
        }
        return c == '\u1680'
                || c >= '\u2000' && c <= '\u2006'
                || c >= '\u2008' && c <= '\u200a'
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u205f'
                || c == '\u3000';
    }

    private static int firstNonWhitespace(String s) {
        int i = 0;
        while (i < s.length() && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonWhitespace(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The string itself when nothing is cut off, as the JDK returns. */
    private static String part(String s, int begin, int end) {
        return begin == 0 && end == s.length() ? s : s.substring(begin, end);
    }

    // ---- case ----

    public static String toUpperCase(String s) {
        return toUpperCase(s, false);
    }

    public static String toLowerCase(String s) {
        return toLowerCase(s, false);
    }

    /** Root rules, and Turkish/Azeri dotted and dotless i; other languages' rules are the root ones. */
    public static String toUpperCase(String s, Locale locale) {
        return toUpperCase(s, isTurkic(locale));
    }

    public static String toLowerCase(String s, Locale locale) {
        return toLowerCase(s, isTurkic(locale));
    }

    private static boolean isTurkic(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("tr") || language.equals("az");
    }

    private static String toUpperCase(String s, boolean turkic) {
        int length = s.length();
        int i = 0;
        // The common case: nothing changes, and the JDK returns the string itself.
        while (i < length) {
            int cp = s.codePointAt(i);
            if (upper(cp, turkic) != null || Character.toUpperCase(cp) != cp) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return s;
        }
        StringBuilder out = new StringBuilder(length + 8);
        out.append(s, 0, i);
        while (i < length) {
            int cp = s.codePointAt(i);
            String expansion = upper(cp, turkic);
            if (expansion != null) {
                out.append(expansion);
            } else {
                out.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The uppercase of {@code cp} when it is not the single code point Character.toUpperCase gives. */
    private static String upper(int cp, boolean turkic) {
        if (turkic && cp == 'i') {
            return "\u0130";
        }
        if (cp < 0xdf || cp > 0xfb17) {
            return null;
        }
        int at = SpecialCasing.UPPER_SPECIAL.indexOf(cp);
        if (at < 0) {
            return null;
        }
        // The at-th of the |-separated uppercases (a string constant costs no code to initialise).
        String all = SpecialCasing.UPPER_EXPANSIONS;
        int start = 0;
        for (int k = 0; k < at; k++) {
            start = all.indexOf('|', start) + 1;
        }
        int end = all.indexOf('|', start);
        return all.substring(start, end < 0 ? all.length() : end);
    }

    private static String toLowerCase(String s, boolean turkic) {
        int length = s.length();
        int i = 0;
        while (i < length) {
            int cp = s.codePointAt(i);
            if (cp == 0x130 || cp == 0x3a3 || (turkic && cp == 'I') || Character.toLowerCase(cp) != cp) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return s;
        }
        StringBuilder out = new StringBuilder(length + 8);
        out.append(s, 0, i);
        while (i < length) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == 0x130) {
                // LATIN CAPITAL LETTER I WITH DOT ABOVE: i and a combining dot, or plain i in Turkish.
                out.append(turkic ? "i" : "i\u0307");
            } else if (turkic && cp == 'I') {
                if (next < length && s.charAt(next) == '\u0307') {
                    out.append('i');
                    next++;
                } else {
                    out.append('\u0131');
                }
            } else if (cp == 0x3a3) {
                out.append(isFinalSigma(s, i) ? '\u03c2' : '\u03c3');
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * Unicode's Final_Sigma condition as the JDK tests it: a cased letter before the sigma and none
     * after it, looking no further than the word the sigma is in. The word is approximated as the
     * run of letters, digits, marks and connectors around it, apostrophes and full stops between
     * letters included (the JDK uses its BreakIterator, whose boundaries next to supplementary
     * characters this does not follow).
     */
    private static boolean isFinalSigma(String s, int at) {
        boolean casedBefore = false;
        for (int i = at; i > 0; ) {
            int cp = s.codePointBefore(i);
            if (isMidLetter(cp)
                    && i - 1 > 0
                    && i < s.length()
                    && isWordLetter(s.codePointBefore(i - 1))
                    && isWordLetter(s.codePointAt(i))) {
                i--;
                continue;
            }
            if (!isWordPart(cp)) {
                break;
            }
            if (isCased(cp)) {
                casedBefore = true;
                break;
            }
            i -= Character.charCount(cp);
        }
        if (!casedBefore) {
            return false;
        }
        for (int i = at + 1; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isMidLetter(cp)
                    && i + 1 < s.length()
                    && isWordLetter(s.codePointBefore(i))
                    && isWordLetter(s.codePointAt(i + 1))) {
                i++;
                continue;
            }
            if (!isWordPart(cp)) {
                break;
            }
            if (isCased(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Apostrophes and full stops, which do not end a word between two letters. */
    private static boolean isMidLetter(int cp) {
        return cp == '\''
                || cp == '.'
                || cp == 0xb7
                || cp == 0x2018
                || cp == 0x2019
                || cp == 0x2024
                || cp == 0xfe52
                || cp == 0xff07
                || cp == 0xff0e;
    }

    /** A letter within a word: a mid-letter punctuation between two of them does not end it. */
    private static boolean isWordLetter(int cp) {
        return isCased(cp) && isWordPart(cp);
    }

    /**
     * Part of a word: cased letters, digits, combining marks, format characters and connectors. Told apart with the
     * case tables alone, as TeaVM's category tables would otherwise come into every plug-in that
     * lowercases text; letters without case end a word here.
     */
    private static boolean isWordPart(int cp) {
        if (cp >= '0' && cp <= '9' || cp == '_' || cp == 0x203f || cp == 0x2040) {
            return true;
        }
        if (cp >= 0x300 && cp <= 0x36f
                || cp >= 0x1ab0 && cp <= 0x1aff
                || cp >= 0x1dc0 && cp <= 0x1dff
                || cp >= 0x20d0 && cp <= 0x20ff
                || cp >= 0xfe20 && cp <= 0xfe2f) {
            return true;
        }
        // Format characters (soft hyphen, zero-width and directional marks, BOM) do not end a word.
        if (cp == 0xad
                || cp == 0x61c
                || cp == 0x180e
                || cp >= 0x200b && cp <= 0x200f
                || cp >= 0x202a && cp <= 0x202e
                || cp >= 0x2060 && cp <= 0x2064
                || cp == 0xfeff) {
            return true;
        }
        return isCased(cp);
    }

    /**
     * Cased as the JDK's final-sigma test means it (lower-, upper- or titlecase): a letter with a
     * case mapping, or one of {@link CasedWithoutMapping}. The JDK's word boundaries take
     * mathematical letters for symbols.
     */
    private static boolean isCased(int cp) {
        if (cp >= 0x1d400 && cp <= 0x1d7ff) {
            return false;
        }
        return Character.toUpperCase(cp) != cp
                || Character.toLowerCase(cp) != cp
                || Character.toTitleCase(cp) != cp
                || CasedWithoutMapping.contains(cp);
    }

    /**
     * The code points that are lowercase, uppercase or titlecase in Unicode 16 (general category or
     * Other_Lowercase/Other_Uppercase) but have no single-code-point case mapping: ß, ligatures, IPA
     * letters, modifier letters, U+0345. In a class of its own, so that only plug-ins that lowercase
     * a sigma load it.
     */
    private static final class CasedWithoutMapping {
        private static final int[] RANGES = Chars.decode("\u00aa\u00aa\u00ba\u00ba\u00df\u00df\u0138\u0138"
                + "\u0149\u0149\u018d\u018d\u01aa\u01ab\u01ba\u01ba"
                + "\u01be\u01be\u01f0\u01f0\u0221\u0221\u0234\u0239"
                + "\u0255\u0255\u0258\u0258\u025a\u025a\u025d\u025f"
                + "\u0262\u0262\u0267\u0267\u026d\u026e\u0270\u0270"
                + "\u0273\u0274\u0276\u027c\u027e\u027f\u0281\u0281"
                + "\u0284\u0286\u028d\u0291\u0293\u0293\u0295\u029c"
                + "\u029f\u02b8\u02c0\u02c1\u02e0\u02e4\u037a\u037a"
                + "\u0390\u0390\u03b0\u03b0\u03d2\u03d4\u03fc\u03fc"
                + "\u0560\u0560\u0587\u0588\u10fc\u10fc\u1d00\u1d78"
                + "\u1d7a\u1d7c\u1d7e\u1d8d\u1d8f\u1dbf\u1e96\u1e9a"
                + "\u1e9c\u1e9d\u1e9f\u1e9f\u1f50\u1f50\u1f52\u1f52"
                + "\u1f54\u1f54\u1f56\u1f56\u1fb2\u1fb2\u1fb4\u1fb4"
                + "\u1fb6\u1fb7\u1fc2\u1fc2\u1fc4\u1fc4\u1fc6\u1fc7"
                + "\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2\u1fe4\u1fe6\u1fe7"
                + "\u1ff2\u1ff2\u1ff4\u1ff4\u1ff6\u1ff7\u2071\u2071"
                + "\u207f\u207f\u2090\u209c\u2102\u2102\u2107\u2107"
                + "\u210a\u2113\u2115\u2115\u2119\u211d\u2124\u2124"
                + "\u2128\u2128\u212c\u212d\u212f\u2131\u2133\u2134"
                + "\u2139\u2139\u213c\u213f\u2145\u2149\u2c71\u2c71"
                + "\u2c74\u2c74\u2c77\u2c7d\u2ce4\u2ce4\ua69c\ua69d"
                + "\ua730\ua731\ua770\ua778\ua78e\ua78e\ua795\ua795"
                + "\ua7af\ua7af\ua7d3\ua7d3\ua7d5\ua7d5\ua7f2\ua7f4"
                + "\ua7f8\ua7fa\uab30\uab52\uab54\uab5a\uab5c\uab69"
                + "\ufb00\ufb06\ufb13\ufb17\ud801\udf80\ud801\udf80\ud801\udf83\ud801\udf85"
                + "\ud801\udf87\ud801\udfb0\ud801\udfb2\ud801\udfba\ud837\udf00\ud837\udf09\ud837\udf0b\ud837\udf1e"
                + "\ud837\udf25\ud837\udf2a\ud838\udc30\ud838\udc6d\ud83c\udd30\ud83c\udd49\ud83c\udd50\ud83c\udd69"
                + "\ud83c\udd70\ud83c\udd89");

        static boolean contains(int cp) {
            return Chars.inRanges(RANGES, cp);
        }
    }

    // ---- comparison ignoring case ----

    public static boolean equalsIgnoreCase(String s, String other) {
        return other != null && other.length() == s.length() && regionMatches(s, true, 0, other, 0, s.length());
    }

    /** {@code String.CASE_INSENSITIVE_ORDER}: code point by code point, upper- then lowercased. */
    public static int compareToIgnoreCase(String s, String other) {
        int n1 = s.length();
        int n2 = other.length();
        // The JDK compares a Latin-1 string with another char by char, else code point by code point.
        boolean pairs = !isLatin1(s) && !isLatin1(other);
        for (int k1 = 0, k2 = 0; k1 < n1 && k2 < n2; k1++, k2++) {
            int cp1 = s.charAt(k1);
            int cp2 = other.charAt(k2);
            if (cp1 == cp2 || compareIgnoringCase(cp1, cp2) == 0) {
                continue;
            }
            if (!pairs) {
                return compareIgnoringCase(cp1, cp2);
            }
            // A surrogate: compare the code points it belongs to.
            cp1 = codePointIncluding(s, cp1, k1, 0, n1);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            cp2 = codePointIncluding(other, cp2, k2, 0, n2);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            int difference = compareIgnoringCase(cp1, cp2);
            if (difference != 0) {
                return difference;
            }
        }
        return n1 - n2;
    }

    /** Whether the JDK stores {@code s} as Latin-1 (compact strings): every char up to U+00FF. */
    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static int compareIgnoringCase(int cp1, int cp2) {
        int u1 = Character.toUpperCase(cp1);
        int u2 = Character.toUpperCase(cp2);
        if (u1 == u2) {
            return 0;
        }
        return Character.toLowerCase(u1) - Character.toLowerCase(u2);
    }

    /**
     * The code point the surrogate {@code c} at {@code k} belongs to, negated when it continues
     * into the next char; {@code c} itself when it is not part of a pair within [from, end).
     */
    private static int codePointIncluding(String s, int c, int k, int from, int end) {
        if (Character.isLowSurrogate((char) c)) {
            if (k > from && Character.isHighSurrogate(s.charAt(k - 1))) {
                return Character.toCodePoint(s.charAt(k - 1), (char) c);
            }
        } else if (Character.isHighSurrogate((char) c) && k + 1 < end && Character.isLowSurrogate(s.charAt(k + 1))) {
            return -Character.toCodePoint((char) c, s.charAt(k + 1));
        }
        return c;
    }

    public static boolean regionMatches(
            String s, boolean ignoreCase, int offset, String other, int otherOffset, int length) {
        if (offset < 0
                || otherOffset < 0
                || offset > (long) s.length() - length
                || otherOffset > (long) other.length() - length) {
            return false;
        }
        int end = offset + Math.max(length, 0);
        int otherEnd = otherOffset + Math.max(length, 0);
        boolean pairs = !isLatin1(s) && !isLatin1(other);
        for (int k1 = offset, k2 = otherOffset; k1 < end; k1++, k2++) {
            int cp1 = s.charAt(k1);
            int cp2 = other.charAt(k2);
            if (cp1 == cp2) {
                continue;
            }
            if (!ignoreCase) {
                return false;
            }
            if (compareIgnoringCase(cp1, cp2) == 0) {
                continue;
            }
            if (!pairs) {
                return false;
            }
            cp1 = codePointIncluding(s, cp1, k1, offset, end);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            cp2 = codePointIncluding(other, cp2, k2, otherOffset, otherEnd);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            if (compareIgnoringCase(cp1, cp2) != 0) {
                return false;
            }
        }
        return true;
    }

    // ---- searching ----

    /** {@code startsWith(prefix, offset)}: false for an offset outside the string. */
    public static boolean startsWith(String s, String prefix, int offset) {
        if (offset < 0 || offset > s.length() - prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(offset + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public static int indexOf(String s, String str, int from) {
        int length = s.length();
        if (from < 0) {
            from = 0;
        } else if (from >= length) {
            return str.isEmpty() ? length : -1;
        }
        int last = length - str.length();
        for (int i = from; i <= last; i++) {
            if (startsWith(s, str, i)) {
                return i;
            }
        }
        return -1;
    }

    public static int lastIndexOf(String s, String str, int from) {
        int right = s.length() - str.length();
        if (from > right) {
            from = right;
        }
        for (int i = from; i >= 0; i--) {
            if (startsWith(s, str, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code lastIndexOf(int, int)}: a supplementary code point is found as its surrogate pair. */
    public static int lastIndexOf(String s, int ch, int from) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(from, s.length() - 1); i >= 0; i--) {
                if (s.charAt(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char high = Character.highSurrogate(ch);
        char low = Character.lowSurrogate(ch);
        for (int i = Math.min(from, s.length() - 2); i >= 0; i--) {
            if (s.charAt(i) == high && s.charAt(i + 1) == low) {
                return i;
            }
        }
        return -1;
    }

    // ---- splitting ----

    /**
     * {@code Pattern.split(input, limit)}: as TeaVM's, except that a zero-width match at the start
     * of the input never produces a leading empty string (Java 8 and later).
     */
    public static String[] split(Pattern pattern, CharSequence input, int limit) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = pattern.matcher(input);
        int start = 0;
        while (matcher.find()) {
            if (limit > 0 && parts.size() == limit - 1) {
                break;
            }
            if (matcher.end() == 0) {
                continue;
            }
            parts.add(input.subSequence(start, matcher.start()).toString());
            start = matcher.end();
        }
        if (parts.isEmpty()) {
            return new String[] {input.toString()};
        }
        parts.add(input.subSequence(start, input.length()).toString());
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    // ---- checks before TeaVM's own code runs ----

    /** Before {@code substring(begin, end)}: Java's exception for a bad range. */
    public static void checkSubstring(String s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + s.length());
        }
    }

    /** Before {@code substring(begin)}. */
    public static void checkSubstring(String s, int begin) {
        checkSubstring(s, begin, s.length());
    }

    /** Before {@code repeat(count)}. */
    public static void checkRepeat(String s, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }

    // ---- data ----

    /** In a class of its own, so that only plug-ins that change case carry it. */
    private static final class SpecialCasing {

        /**
         * The code points whose uppercase is more than one code point (SpecialCasing.txt's
         * unconditional mappings, as the JDK's String.toUpperCase applies them), and those uppercases.
         */
        static final String UPPER_SPECIAL = "\u00df\u0149\u01f0\u0390\u03b0\u0587\u1e96\u1e97"
                + "\u1e98\u1e99\u1e9a\u1f50\u1f52\u1f54\u1f56\u1f80"
                + "\u1f81\u1f82\u1f83\u1f84\u1f85\u1f86\u1f87\u1f88"
                + "\u1f89\u1f8a\u1f8b\u1f8c\u1f8d\u1f8e\u1f8f\u1f90"
                + "\u1f91\u1f92\u1f93\u1f94\u1f95\u1f96\u1f97\u1f98"
                + "\u1f99\u1f9a\u1f9b\u1f9c\u1f9d\u1f9e\u1f9f\u1fa0"
                + "\u1fa1\u1fa2\u1fa3\u1fa4\u1fa5\u1fa6\u1fa7\u1fa8"
                + "\u1fa9\u1faa\u1fab\u1fac\u1fad\u1fae\u1faf\u1fb2"
                + "\u1fb3\u1fb4\u1fb6\u1fb7\u1fbc\u1fc2\u1fc3\u1fc4"
                + "\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2"
                + "\u1fe3\u1fe4\u1fe6\u1fe7\u1ff2\u1ff3\u1ff4\u1ff6"
                + "\u1ff7\u1ffc\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05"
                + "\ufb06\ufb13\ufb14\ufb15\ufb16\ufb17";

        /** The uppercases, in the order of UPPER_SPECIAL, separated by |. */
        static final String UPPER_EXPANSIONS = "SS|\u02bcN|J\u030c|\u0399\u0308\u0301|\u03a5\u0308\u0301|\u0535\u0552|"
                + "H\u0331|T\u0308|W\u030a|Y\u030a|A\u02be|\u03a5\u0313|"
                + "\u03a5\u0313\u0300|\u03a5\u0313\u0301|\u03a5\u0313\u0342|\u1f08\u0399|"
                + "\u1f09\u0399|\u1f0a\u0399|\u1f0b\u0399|\u1f0c\u0399|\u1f0d\u0399|"
                + "\u1f0e\u0399|\u1f0f\u0399|\u1f08\u0399|\u1f09\u0399|\u1f0a\u0399|"
                + "\u1f0b\u0399|\u1f0c\u0399|\u1f0d\u0399|\u1f0e\u0399|\u1f0f\u0399|"
                + "\u1f28\u0399|\u1f29\u0399|\u1f2a\u0399|\u1f2b\u0399|\u1f2c\u0399|"
                + "\u1f2d\u0399|\u1f2e\u0399|\u1f2f\u0399|\u1f28\u0399|\u1f29\u0399|"
                + "\u1f2a\u0399|\u1f2b\u0399|\u1f2c\u0399|\u1f2d\u0399|\u1f2e\u0399|"
                + "\u1f2f\u0399|\u1f68\u0399|\u1f69\u0399|\u1f6a\u0399|\u1f6b\u0399|"
                + "\u1f6c\u0399|\u1f6d\u0399|\u1f6e\u0399|\u1f6f\u0399|\u1f68\u0399|"
                + "\u1f69\u0399|\u1f6a\u0399|\u1f6b\u0399|\u1f6c\u0399|\u1f6d\u0399|"
                + "\u1f6e\u0399|\u1f6f\u0399|\u1fba\u0399|\u0391\u0399|\u0386\u0399|"
                + "\u0391\u0342|\u0391\u0342\u0399|\u0391\u0399|\u1fca\u0399|"
                + "\u0397\u0399|\u0389\u0399|\u0397\u0342|\u0397\u0342\u0399|"
                + "\u0397\u0399|\u0399\u0308\u0300|\u0399\u0308\u0301|\u0399\u0342|"
                + "\u0399\u0308\u0342|\u03a5\u0308\u0300|\u03a5\u0308\u0301|\u03a1\u0313|"
                + "\u03a5\u0342|\u03a5\u0308\u0342|\u1ffa\u0399|\u03a9\u0399|"
                + "\u038f\u0399|\u03a9\u0342|\u03a9\u0342\u0399|\u03a9\u0399|FF|FI|FL|"
                + "FFI|FFL|ST|ST|\u0544\u0546|\u0544\u0535|\u0544\u053b|\u054e\u0546|"
                + "\u0544\u053d";
    }
}
