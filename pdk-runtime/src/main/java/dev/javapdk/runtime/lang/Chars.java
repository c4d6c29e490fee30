package dev.javapdk.runtime.lang;

/**
 * {@code Character} properties the JDK has and TeaVM's class library loses. Internal.
 *
 * <p>TeaVM builds its tables from UnicodeData.txt (Unicode 16, as JDK 24+), but takes the big
 * ranges that file gives only as first and last entry (CJK ideographs, Hangul syllables, Tangut,
 * private use) for single characters: every code point inside them is unassigned, so
 * {@code Character.isLetter('中')} is false. The build makes {@code Character.getType(int)} ask
 * {@link #rangeType} first, and every property derived from the type (isLetter, isLetterOrDigit,
 * isJavaIdentifierPart, isDefined, ...) follows.
 *
 *
 * <p>Besides: {@code toTitleCase} and {@code isJavaIdentifierStart} (below).
 *
 * <p>TeaVM's {@code isAlphabetic}, {@code isLowerCase} and {@code isUpperCase} look at the general
 * category alone; Java's add Unicode's Other_Alphabetic, Other_Lowercase and Other_Uppercase
 * properties (combining vowel signs, {@code ª}, circled letters, Roman numerals, ...), whose code
 * points are listed here (from PropList.txt, Unicode 16).
 *
 * <pre>{@code
 * Character.isLetter('中');         // true, as on the JVM
 * Character.isAlphabetic('\u0345');  // true
 * }</pre>
 */
public final class Chars {
    private static int[] otherAlphabetic;
    private static int[] otherLowercase;
    private static int[] otherUppercase;

    private Chars() {}

    /**
     * Java's titlecase: UnicodeData's titlecase mapping, which differs from the uppercase for the
     * DŽ/LJ/NJ/DZ digraphs (the titlecase letter) and Georgian Mkhedruli letters (themselves).
     * TeaVM uppercases every titlecase mapping.
     */
    public static int toTitleCase(int cp) {
        if (cp >= 0x1c4 && cp <= 0x1cc) {
            return 0x1c5 + (cp - 0x1c4) / 3 * 3;
        }
        if (cp >= 0x1f1 && cp <= 0x1f3) {
            return 0x1f2;
        }
        if (cp >= 0x10d0 && cp <= 0x10ff && cp != 0x10fb && cp != 0x10fc) {
            return cp;
        }
        return Character.toUpperCase(cp);
    }

    /** Letters, letter numbers, currency symbols and connectors (TeaVM adds the ignorable controls). */
    public static boolean isJavaIdentifierStart(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.LETTER_NUMBER:
            case Character.CURRENCY_SYMBOL:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    public static boolean isAlphabetic(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.LETTER_NUMBER:
                return true;
            default:
                if (otherAlphabetic == null) {
                    otherAlphabetic = decode(OTHER_ALPHABETIC);
                }
                return inRanges(otherAlphabetic, cp);
        }
    }

    public static boolean isLowerCase(int cp) {
        if (Character.getType(cp) == Character.LOWERCASE_LETTER) {
            return true;
        }
        if (otherLowercase == null) {
            otherLowercase = decode(OTHER_LOWERCASE);
        }
        return inRanges(otherLowercase, cp);
    }

    public static boolean isUpperCase(int cp) {
        if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
            return true;
        }
        if (otherUppercase == null) {
            otherUppercase = decode(OTHER_UPPERCASE);
        }
        return inRanges(otherUppercase, cp);
    }

    /** Whether {@code cp} lies in one of the sorted, inclusive [start, end] pairs. */
    static boolean inRanges(int[] ranges, int cp) {
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cp < ranges[2 * mid]) {
                high = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The code points of {@code codePoints}, for range tables kept as strings (no array initialisers). */
    static int[] decode(String codePoints) {
        int[] out = new int[codePoints.codePointCount(0, codePoints.length())];
        for (int i = 0, k = 0; i < codePoints.length(); k++) {
            out[k] = codePoints.codePointAt(i);
            i += Character.charCount(out[k]);
        }
        return out;
    }

    /** The general category of {@code cp} if it lies in one of UnicodeData's ranges, else -1. */
    public static int rangeType(int cp) {
        if (cp < 0x3400) {
            return -1;
        }
        if (cp <= 0xffff) {
            if (cp <= 0x4dbf || cp >= 0x4e00 && cp <= 0x9fff || cp >= 0xac00 && cp <= 0xd7a3) {
                return Character.OTHER_LETTER;
            }
            return cp >= 0xe000 && cp <= 0xf8ff ? Character.PRIVATE_USE : -1;
        }
        if (cp >= 0x17000 && cp <= 0x187f7
                || cp >= 0x18d00 && cp <= 0x18d08
                || cp >= 0x20000 && cp <= 0x2a6df
                || cp >= 0x2a700 && cp <= 0x2b739
                || cp >= 0x2b740 && cp <= 0x2b81d
                || cp >= 0x2b820 && cp <= 0x2cea1
                || cp >= 0x2ceb0 && cp <= 0x2ebe0
                || cp >= 0x2ebf0 && cp <= 0x2ee5d
                || cp >= 0x30000 && cp <= 0x3134a
                || cp >= 0x31350 && cp <= 0x323af) {
            return Character.OTHER_LETTER;
        }
        if (cp >= 0xf0000 && cp <= 0xffffd || cp >= 0x100000 && cp <= 0x10fffd) {
            return Character.PRIVATE_USE;
        }
        return -1;
    }

    // Inclusive ranges, as pairs of code points.
    private static final String OTHER_ALPHABETIC = "\u0345\u0345\u0363\u036f\u05b0\u05bd\u05bf\u05bf"
            + "\u05c1\u05c2\u05c4\u05c5\u05c7\u05c7\u0610\u061a"
            + "\u064b\u0657\u0659\u065f\u0670\u0670\u06d6\u06dc"
            + "\u06e1\u06e4\u06e7\u06e8\u06ed\u06ed\u0711\u0711"
            + "\u0730\u073f\u07a6\u07b0\u0816\u0817\u081b\u0823"
            + "\u0825\u0827\u0829\u082c\u0897\u0897\u08d4\u08df"
            + "\u08e3\u08e9\u08f0\u0903\u093a\u093b\u093e\u094c"
            + "\u094e\u094f\u0955\u0957\u0962\u0963\u0981\u0983"
            + "\u09be\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7\u09d7"
            + "\u09e2\u09e3\u0a01\u0a03\u0a3e\u0a42\u0a47\u0a48"
            + "\u0a4b\u0a4c\u0a51\u0a51\u0a70\u0a71\u0a75\u0a75"
            + "\u0a81\u0a83\u0abe\u0ac5\u0ac7\u0ac9\u0acb\u0acc"
            + "\u0ae2\u0ae3\u0afa\u0afc\u0b01\u0b03\u0b3e\u0b44"
            + "\u0b47\u0b48\u0b4b\u0b4c\u0b56\u0b57\u0b62\u0b63"
            + "\u0b82\u0b82\u0bbe\u0bc2\u0bc6\u0bc8\u0bca\u0bcc"
            + "\u0bd7\u0bd7\u0c00\u0c04\u0c3e\u0c44\u0c46\u0c48"
            + "\u0c4a\u0c4c\u0c55\u0c56\u0c62\u0c63\u0c81\u0c83"
            + "\u0cbe\u0cc4\u0cc6\u0cc8\u0cca\u0ccc\u0cd5\u0cd6"
            + "\u0ce2\u0ce3\u0cf3\u0cf3\u0d00\u0d03\u0d3e\u0d44"
            + "\u0d46\u0d48\u0d4a\u0d4c\u0d57\u0d57\u0d62\u0d63"
            + "\u0d81\u0d83\u0dcf\u0dd4\u0dd6\u0dd6\u0dd8\u0ddf"
            + "\u0df2\u0df3\u0e31\u0e31\u0e34\u0e3a\u0e4d\u0e4d"
            + "\u0eb1\u0eb1\u0eb4\u0eb9\u0ebb\u0ebc\u0ecd\u0ecd"
            + "\u0f71\u0f83\u0f8d\u0f97\u0f99\u0fbc\u102b\u1036"
            + "\u1038\u1038\u103b\u103e\u1056\u1059\u105e\u1060"
            + "\u1062\u1064\u1067\u106d\u1071\u1074\u1082\u108d"
            + "\u108f\u108f\u109a\u109d\u1712\u1713\u1732\u1733"
            + "\u1752\u1753\u1772\u1773\u17b6\u17c8\u1885\u1886"
            + "\u18a9\u18a9\u1920\u192b\u1930\u1938\u1a17\u1a1b"
            + "\u1a55\u1a5e\u1a61\u1a74\u1abf\u1ac0\u1acc\u1ace"
            + "\u1b00\u1b04\u1b35\u1b43\u1b80\u1b82\u1ba1\u1ba9"
            + "\u1bac\u1bad\u1be7\u1bf1\u1c24\u1c36\u1dd3\u1df4"
            + "\u24b6\u24e9\u2de0\u2dff\ua674\ua67b\ua69e\ua69f"
            + "\ua802\ua802\ua80b\ua80b\ua823\ua827\ua880\ua881"
            + "\ua8b4\ua8c3\ua8c5\ua8c5\ua8ff\ua8ff\ua926\ua92a"
            + "\ua947\ua952\ua980\ua983\ua9b4\ua9bf\ua9e5\ua9e5"
            + "\uaa29\uaa36\uaa43\uaa43\uaa4c\uaa4d\uaa7b\uaa7d"
            + "\uaab0\uaab0\uaab2\uaab4\uaab7\uaab8\uaabe\uaabe"
            + "\uaaeb\uaaef\uaaf5\uaaf5\uabe3\uabea\ufb1e\ufb1e"
            + "\ud800\udf76\ud800\udf7a\ud802\ude01\ud802\ude03\ud802\ude05\ud802\ude06\ud802\ude0c\ud802\ude0f"
            + "\ud803\udd24\ud803\udd27\ud803\udd69\ud803\udd69\ud803\udeab\ud803\udeac\ud803\udefc\ud803\udefc"
            + "\ud804\udc00\ud804\udc02\ud804\udc38\ud804\udc45\ud804\udc73\ud804\udc74\ud804\udc80\ud804\udc82"
            + "\ud804\udcb0\ud804\udcb8\ud804\udcc2\ud804\udcc2\ud804\udd00\ud804\udd02\ud804\udd27\ud804\udd32"
            + "\ud804\udd45\ud804\udd46\ud804\udd80\ud804\udd82\ud804\uddb3\ud804\uddbf\ud804\uddce\ud804\uddcf"
            + "\ud804\ude2c\ud804\ude34\ud804\ude37\ud804\ude37\ud804\ude3e\ud804\ude3e\ud804\ude41\ud804\ude41"
            + "\ud804\udedf\ud804\udee8\ud804\udf00\ud804\udf03\ud804\udf3e\ud804\udf44\ud804\udf47\ud804\udf48"
            + "\ud804\udf4b\ud804\udf4c\ud804\udf57\ud804\udf57\ud804\udf62\ud804\udf63\ud804\udfb8\ud804\udfc0"
            + "\ud804\udfc2\ud804\udfc2\ud804\udfc5\ud804\udfc5\ud804\udfc7\ud804\udfca\ud804\udfcc\ud804\udfcd"
            + "\ud805\udc35\ud805\udc41\ud805\udc43\ud805\udc45\ud805\udcb0\ud805\udcc1\ud805\uddaf\ud805\uddb5"
            + "\ud805\uddb8\ud805\uddbe\ud805\udddc\ud805\udddd\ud805\ude30\ud805\ude3e\ud805\ude40\ud805\ude40"
            + "\ud805\udeab\ud805\udeb5\ud805\udf1d\ud805\udf2a\ud806\udc2c\ud806\udc38\ud806\udd30\ud806\udd35"
            + "\ud806\udd37\ud806\udd38\ud806\udd3b\ud806\udd3c\ud806\udd40\ud806\udd40\ud806\udd42\ud806\udd42"
            + "\ud806\uddd1\ud806\uddd7\ud806\uddda\ud806\udddf\ud806\udde4\ud806\udde4\ud806\ude01\ud806\ude0a"
            + "\ud806\ude35\ud806\ude39\ud806\ude3b\ud806\ude3e\ud806\ude51\ud806\ude5b\ud806\ude8a\ud806\ude97"
            + "\ud807\udc2f\ud807\udc36\ud807\udc38\ud807\udc3e\ud807\udc92\ud807\udca7\ud807\udca9\ud807\udcb6"
            + "\ud807\udd31\ud807\udd36\ud807\udd3a\ud807\udd3a\ud807\udd3c\ud807\udd3d\ud807\udd3f\ud807\udd41"
            + "\ud807\udd43\ud807\udd43\ud807\udd47\ud807\udd47\ud807\udd8a\ud807\udd8e\ud807\udd90\ud807\udd91"
            + "\ud807\udd93\ud807\udd96\ud807\udef3\ud807\udef6\ud807\udf00\ud807\udf01\ud807\udf03\ud807\udf03"
            + "\ud807\udf34\ud807\udf3a\ud807\udf3e\ud807\udf40\ud818\udd1e\ud818\udd2e\ud81b\udf4f\ud81b\udf4f"
            + "\ud81b\udf51\ud81b\udf87\ud81b\udf8f\ud81b\udf92\ud81b\udff0\ud81b\udff1\ud82f\udc9e\ud82f\udc9e"
            + "\ud838\udc00\ud838\udc06\ud838\udc08\ud838\udc18\ud838\udc1b\ud838\udc21\ud838\udc23\ud838\udc24"
            + "\ud838\udc26\ud838\udc2a\ud838\udc8f\ud838\udc8f\ud83a\udd47\ud83a\udd47\ud83c\udd30\ud83c\udd49"
            + "\ud83c\udd50\ud83c\udd69\ud83c\udd70\ud83c\udd89";
    private static final String OTHER_LOWERCASE = "\u00aa\u00aa\u00ba\u00ba\u02b0\u02b8\u02c0\u02c1"
            + "\u02e0\u02e4\u0345\u0345\u037a\u037a\u10fc\u10fc"
            + "\u1d2c\u1d6a\u1d78\u1d78\u1d9b\u1dbf\u2071\u2071"
            + "\u207f\u207f\u2090\u209c\u2170\u217f\u24d0\u24e9"
            + "\u2c7c\u2c7d\ua69c\ua69d\ua770\ua770\ua7f2\ua7f4"
            + "\ua7f8\ua7f9\uab5c\uab5f\uab69\uab69\ud801\udf80\ud801\udf80"
            + "\ud801\udf83\ud801\udf85\ud801\udf87\ud801\udfb0\ud801\udfb2\ud801\udfba\ud838\udc30\ud838\udc6d";
    private static final String OTHER_UPPERCASE =
            "\u2160\u216f\u24b6\u24cf\ud83c\udd30\ud83c\udd49\ud83c\udd50\ud83c\udd69" + "\ud83c\udd70\ud83c\udd89";
}
