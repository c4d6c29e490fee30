package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.tests.semantics.Ops;
import dev.javapdk.tests.semantics.Wire;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * java.lang and java.util inside a plug-in against the JVM: {@link Ops} runs in the plug-in
 * (target/pdk-tests-semantics.wasm) and here, over seeded random arguments, and every result must
 * be equal. What the plug-in still does differently is in the README ("What the wasm target does
 * not have"): the random arguments leave it out, and tests such as
 * {@link #formatConversionsTheTargetLacks} assert it as documented.
 *
 * <p>With the environment variable {@code SEMANTICS_REPORT} set, every operation is compared and
 * every divergence printed (with the time each operation took) instead of failing at the first.
 */
class SemanticsDifferentialIT {
    static final String WASM = "target/pdk-tests-semantics.wasm";
    static final int ROUNDS = 1500;
    private static final int BATCH = 400;

    @ExtismPlugin(wasm = WASM)
    static LoadedPlugin plugin;

    private static Locale defaultLocale;
    private final Random random = new Random(20261201);

    @BeforeAll
    static void rootLocale() {
        // Plug-ins have one locale; the JVM's default must not make String.format or toUpperCase differ.
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    // ---- String ----

    @Test
    void splitReplaceAndRegex() {
        String[] regexes = {
            ",",
            " ",
            "\\s+",
            ",\\s*",
            "[,;]",
            "\\|",
            "a",
            "ab",
            "",
            "\\.",
            "(?=b)",
            "a*",
            "[^a-z]+",
            "(,)",
            "b{2}",
            "\\p{Punct}"
        };
        differential("split", () ->
                new String[] {text("ab,; .|", 14), pick(regexes), Integer.toString(random.nextInt(5) - 1)});
        differential("splitNoLimit", () -> new String[] {text("ab,; .|", 14), pick(regexes)});
        differential("replaceAll", () ->
                new String[] {text("ab,; .|", 14), pick(regexes), pick("-", "", "$0$0", "x\\$", "<$0>")});
        differential("replaceFirst", () -> new String[] {text("ab,; .|", 14), pick(regexes), pick("-", "", "[$0]")});
        differential("matches", () -> new String[] {text("ab,; .|", 6), pick(regexes)});
        differential("replaceChar", () -> new String[] {text(), String.valueOf(anyChar()), String.valueOf(anyChar())});
        differential("replace", () -> new String[] {text("aab", 12), text("ab", 3), text("xy", 2)});
    }

    @Test
    void searching() {
        differential("indexOf", () ->
                new String[] {text("aabc🌍", 12), text("ab🌍", 3), Integer.toString(random.nextInt(16) - 2)});
        differential("indexOfChar", () -> new String[] {
            text("aabc🌍\ud800", 12),
            Integer.toString(pickInt('a', 'b', 0x1F30D, 0xD83C, -1, 0x110000)),
            Integer.toString(random.nextInt(16) - 2)
        });
        differential("regionMatches", () -> new String[] {
            Boolean.toString(random.nextBoolean()),
            text(),
            Integer.toString(random.nextInt(8) - 1),
            text(),
            Integer.toString(random.nextInt(8) - 1),
            Integer.toString(random.nextInt(8) - 1)
        });
        differential(
                "substring", () -> new String[] {
                    text(), Integer.toString(random.nextInt(8) - 1), Integer.toString(random.nextInt(8) - 1)
                });
        differential("substringFrom", () -> new String[] {text(), Integer.toString(random.nextInt(8) - 1)});
        differential("charAt", () -> new String[] {text(), Integer.toString(random.nextInt(8) - 1)});
        differential("codePointAt", () -> new String[] {text(), Integer.toString(random.nextInt(8))});
    }

    @Test
    void caseConversion() {
        differential("upper", () -> new String[] {text()});
        differential("lower", () -> new String[] {text()});
        differential("upperLocale", () -> new String[] {text(), pick("", "en", "tr", "az", "de", "fr")});
        differential("lowerLocale", () -> new String[] {text(), pick("", "en", "tr", "az", "de", "fr")});
        differential("compare", () -> {
            String a = text();
            return new String[] {
                a,
                random.nextBoolean()
                        ? text()
                        : random.nextBoolean() ? a.toUpperCase(Locale.ROOT) : a.toLowerCase(Locale.ROOT)
            };
        });
    }

    @Test
    void whitespaceAndOtherStringMethods() {
        differential("whitespace", () -> new String[] {text(WHITESPACE + "ab", 8)});
        differential("whitespace", () -> new String[] {String.valueOf((char) random.nextInt(0x3100))});
        differential("repeat", () -> new String[] {text("ab🌍", 3), Integer.toString(random.nextInt(6) - 1)});
        differential("chars", () -> new String[] {text()});
        differential("join", () -> new String[] {text(", ", 2), text(), text(), text()});
    }

    @Test
    void format() {
        differential("format", () -> {
            int kind = random.nextInt(4);
            switch (kind) {
                case 0:
                    return new String[] {
                        pick("%d", "%5d", "%-5d|", "%05d", "%x", "%X", "%o", "%+d", "%,d", "(%d)", "%s"),
                        "d",
                        Integer.toString(anyInt())
                    };
                case 1:
                    return new String[] {pick("%d", "%x", "%,d", "%20d", "%s"), "l", hex(random.nextLong())};
                case 2:
                    // Not %e, %g or %a: see formatConversionsTheTargetLacks.
                    return new String[] {
                        pick("%.2f", "%f", "%.0f", "%10.3f", "%s", "%,.2f", "%+.1f", "%08.2f"),
                        "f",
                        hex(Double.doubleToRawLongBits(
                                random.nextInt(4) > 0
                                        ? niceDouble()
                                        : pickDouble(
                                                0.125,
                                                -0.125,
                                                2.5,
                                                -2.5,
                                                0.5,
                                                -0.5,
                                                -0.004,
                                                1.965,
                                                -1.965,
                                                0.0,
                                                -0.0,
                                                1e7,
                                                123456.7890625)))
                    };
                default:
                    return new String[] {
                        pick("%s", "%10s|", "%-10s|", "%.2s", "%S", "%%%s%n", "%b", "%1$s", "%s %<s"),
                        "s",
                        text("abc", 4)
                    };
            }
        });
    }

    /** README: {@code %e}, {@code %g} and {@code %a} are not in TeaVM's Formatter. */
    @Test
    void formatConversionsTheTargetLacks() {
        for (String conversion : new String[] {"e", "g", "a"}) {
            assertEquals(
                    "!java.util.UnknownFormatConversionException: Unknown format conversion: " + conversion,
                    inPlugin("format", "%" + conversion, "f", hex(Double.doubleToRawLongBits(1.5))));
        }
    }

    // ---- Character ----

    @Test
    void characterPropertiesOfEveryBmpChar() {
        assumeTrue(UNICODE_16, "the JVM's Unicode is older than TeaVM's tables (16.0): run on JDK 24 or newer");
        for (String property : new String[] {
            "isLetter",
            "isDigit",
            "isLetterOrDigit",
            "isAlphabetic",
            "isWhitespace",
            "isSpaceChar",
            "isUpperCase",
            "isLowerCase",
            "isTitleCase",
            "isJavaIdentifierStart",
            "isJavaIdentifierPart",
            "isISOControl",
            "isDefined",
            "getType",
            "digit",
            "toUpperCase",
            "toLowerCase",
            "toTitleCase"
        }) {
            List<String[]> cases = new ArrayList<>();
            for (int from = 0; from < 0x10000; from += 0x2000) {
                cases.add(new String[] {property, Integer.toString(from), Integer.toString(from + 0x2000)});
            }
            compareCharTable(property, cases);
        }
    }

    /** README: TeaVM maps some unassigned code points to others (here U+0378, U+0380, U+2D26). */
    @Test
    void caseOfUnassignedCodePoints() {
        assertEquals("887,", inPlugin("codePoints", "toUpperCase", "888"));
        assertEquals("1012,", inPlugin("codePoints", "toLowerCase", "896"));
        assertEquals("4294,", inPlugin("codePoints", "toUpperCase", "11558"));
    }

    /** README: TeaVM's getNumericValue knows decimal digits and Latin letters only. */
    @Test
    void numericValuesBeyondDigitsAndLetters() {
        // U+00B2 SUPERSCRIPT TWO, U+00BD VULGAR FRACTION ONE HALF, U+2167 ROMAN NUMERAL EIGHT; then 7, z.
        String table = inPlugin("codePoints", "getNumericValue", "178", "189", "8551", "55", "122");
        assertEquals("-1,-1,-1,7,35,", table);
    }

    @Test
    void characterPropertiesOfCodePoints() {
        assumeTrue(UNICODE_16, "the JVM's Unicode is older than TeaVM's tables (16.0): run on JDK 24 or newer");
        for (String property : new String[] {
            "isLetter",
            "isDigit",
            "isLetterOrDigit",
            "isAlphabetic",
            "isWhitespace",
            "isUpperCase",
            "isLowerCase",
            "isDefined",
            "getType",
            "toUpperCase",
            "toLowerCase",
            "charCount",
            "toChars"
        }) {
            differential(
                    "codePoints",
                    () -> {
                        String[] args = new String[21];
                        args[0] = property;
                        for (int k = 1; k < args.length; k++) {
                            args[k] = Integer.toString(anyCodePoint(property.startsWith("to")));
                        }
                        return args;
                    },
                    ROUNDS / 10);
        }
    }

    // ---- StringBuilder ----

    @Test
    void stringBuilder() {
        differential("builder", () -> {
            String[] args = new String[1 + random.nextInt(5)];
            args[0] = text("ab🌍", 6);
            for (int k = 1; k < args.length; k++) {
                int at = random.nextInt(9) - 1;
                switch (random.nextInt(11)) {
                    case 0 -> args[k] = "i:" + at + ":" + text("xy🌍", 3);
                    case 1 -> args[k] = "c:" + at + ":" + (int) pickInt('z', '\ud83c', '\udf0d');
                    case 2 -> args[k] = "n:" + at + ":" + anyInt();
                    case 3 -> args[k] = "r";
                    case 4 -> args[k] = "d:" + at;
                    case 5 -> args[k] = "D:" + at + ":" + (random.nextInt(9) - 1);
                    case 6 -> args[k] = "R:" + at + ":" + (random.nextInt(9) - 1) + ":" + text("xy", 3);
                    case 7 -> args[k] = "a:" + pickInt(0x61, 0x1F30D, 0xD800, -1, 0x110000);
                    case 8 -> args[k] = "l:" + (random.nextInt(10) - 1);
                    case 9 -> args[k] = "s:" + at + ":" + (int) pickInt('q', '\ud83c');
                    default -> args[k] = random.nextBoolean() ? "f:" + text("ab🌍", 2) : "z";
                }
            }
            return args;
        });
    }

    // ---- numbers ----

    @Test
    void integerParsing() {
        differential(
                "parseInt", () -> new String[] {
                    numberText(), Integer.toString(pickInt(10, 10, 16, 2, 8, 36, 1, 37, random.nextInt(40)))
                });
        differential("parseIntPlain", () -> new String[] {numberText()});
        differential(
                "decodeInt", () -> new String[] {pick("", "-", "+", "0x", "0X", "#", "0", "-0x", "-#") + numberText()});
        differential("parseLong", () ->
                new String[] {numberText(), Integer.toString(pickInt(10, 10, 16, 2, 36, 1, 37))});
        differential("parseLongPlain", () -> new String[] {numberText()});
        differential("decodeLong", () -> new String[] {pick("", "-", "0x", "#", "0") + numberText()});
    }

    @Test
    void integerFormatting() {
        differential("intFormat", () ->
                new String[] {Integer.toString(anyInt()), Integer.toString(2 + random.nextInt(35))});
        differential("longFormat", () -> new String[] {hex(anyLong()), Integer.toString(2 + random.nextInt(35))});
    }

    @Test
    void doubleParsingAndFormatting() {
        differential("parseDouble", () -> new String[] {doubleText()});
        differential("parseFloat", () -> new String[] {doubleText()});
        differential("doubleToString", () -> new String[] {hex(Double.doubleToRawLongBits(anyDouble()))});
        differential(
                "floatToString", () -> new String[] {Integer.toString(Float.floatToRawIntBits((float) anyDouble()))});
        differential(
                "doubleOps", () -> new String[] {
                    hex(Double.doubleToRawLongBits(anyDouble())), hex(Double.doubleToRawLongBits(anyDouble()))
                });
        differential("floatOps", () -> new String[] {
            Integer.toString(Float.floatToRawIntBits((float) anyDouble())),
            Integer.toString(Float.floatToRawIntBits((float) anyDouble()))
        });
    }

    // ---- Math ----

    @Test
    void integerMath() {
        differential("intMath", () -> new String[] {Integer.toString(anyInt()), Integer.toString(anyInt())});
        differential("longMath", () -> new String[] {hex(anyLong()), hex(anyLong()), Integer.toString(anyInt())});
    }

    // ---- Arrays, Collections, maps ----

    @Test
    void arrays() {
        differential("sortInts", () -> new String[] {intList(20)});
        differential("sortIntRange", () -> new String[] {
            intList(8), Integer.toString(random.nextInt(10) - 1), Integer.toString(random.nextInt(10) - 1)
        });
        differential("sortDoubles", () -> {
            StringBuilder list = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                list.append(list.length() == 0 ? "" : ",").append(hex(Double.doubleToRawLongBits(anyDouble())));
            }
            return new String[] {list.toString()};
        });
        differential("sortStrings", () -> words(8));
        differential("sortStable", () -> {
            String[] pairs = new String[1 + random.nextInt(16)];
            for (int k = 0; k < pairs.length; k++) {
                pairs[k] = text("abc", 2) + ":" + k;
            }
            return pairs;
        });
        differential("binarySearch", () -> new String[] {
            intList(12),
            Integer.toString(random.nextInt(12) - 6),
            Integer.toString(random.nextInt(14) - 1),
            Integer.toString(random.nextInt(14) - 1)
        });
        differential("newArray", () -> new String[] {Integer.toString(random.nextInt(12) - 6)}, 200);
        differential("fill", () -> new String[] {
            Integer.toString(random.nextInt(6)),
            Integer.toString(random.nextInt(8) - 1),
            Integer.toString(random.nextInt(8) - 1),
            Integer.toString(anyInt())
        });
        differential("arrays", () -> {
            String x = intList(6);
            return new String[] {
                x,
                random.nextBoolean() ? x : intList(6),
                Integer.toString(random.nextInt(8) - 1),
                Integer.toString(random.nextInt(8) - 1)
            };
        });
    }

    @Test
    void collectionsAndRandom() {
        differential("collections", () -> {
            String[] words = words(8);
            String[] args = new String[words.length + 1];
            args[0] = Integer.toString(random.nextInt(20) - 10);
            System.arraycopy(words, 0, args, 1, words.length);
            return args;
        });
        differential("random", () ->
                new String[] {hex(random.nextInt(3) == 0 ? random.nextInt(100) : random.nextLong())});
    }

    @Test
    void mapsAndLists() {
        differential("hashMap", () -> mapCommands(12));
        differential("linkedHashMap", () -> mapCommands(12));
        differential("accessOrderMap", () -> mapCommands(12));
        differential("intHashMap", () -> {
            String[] keys = new String[random.nextInt(30)];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = Integer.toString(random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(100) - 20);
            }
            return keys;
        });
        differential("hashSet", () -> words(20));
        differential("treeMap", () -> words(15));
        differential("arrayList", () -> {
            String[] args = new String[random.nextInt(12)];
            for (int k = 0; k < args.length; k++) {
                int at = random.nextInt(6) - 1;
                args[k] = switch (random.nextInt(9)) {
                    case 0, 1 -> "a:" + text("abc", 2);
                    case 2 -> "A:" + at + ":" + text("abc", 2);
                    case 3 -> "r:" + at;
                    case 4 -> "o:" + text("abc", 2);
                    case 5 -> "s:" + at + ":" + text("abc", 2);
                    case 6 -> "g:" + at;
                    case 7 -> "x:" + text("abc", 2);
                    default -> random.nextBoolean() ? "S" : "c:" + at + ":" + (random.nextInt(6) - 1);
                };
            }
            return args;
        });
    }

    // ---- static initialisers ----

    /**
     * Three calls on one instance, each against the JVM's answer from InitFailure loaded afresh:
     * the first use of a class whose initialiser threw fails with that, every later one with
     * NoClassDefFoundError.
     */
    @Test
    void aFailedStaticInitialiserStaysFailed(@ExtismPlugin(wasm = WASM) LoadedPlugin fresh) throws Exception {
        List<String> jvm = new ArrayList<>();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {Path.of("target/classes").toUri().toURL()}, null)) {
            Method touch =
                    loader.loadClass("dev.javapdk.tests.semantics.InitFailure").getMethod("touch");
            for (int call = 0; call < 3; call++) {
                jvm.add((String) touch.invoke(null));
            }
        }
        assertEquals(
                "java.lang.ExceptionInInitializerError: null <- java.lang.IllegalStateException: boom / "
                        + "java.lang.AssertionError: bad",
                jvm.get(0));
        assertTrue(
                jvm.get(1)
                        .startsWith("java.lang.NoClassDefFoundError: Could not initialize class "
                                + "dev.javapdk.tests.semantics.InitFailure$Fragile <- "),
                jvm.get(1));
        for (int call = 0; call < 3; call++) {
            assertEquals(jvm.get(call), fresh.call("static_init", ""), "call " + (call + 1));
        }
    }

    // ---- the comparison ----

    /**
     * The JVM's Unicode is TeaVM's (16.0) from JDK 24 on. On an older JDK the character tables are
     * not compared and the random text keeps to blocks whose properties have not changed since.
     */
    static final boolean UNICODE_16 = Runtime.version().feature() >= 24;

    /** JDK 19+ prints doubles in their shortest form, as the plug-in does; JDK 17 sometimes does not. */
    static final boolean SHORTEST_DOUBLES = Runtime.version().feature() >= 19;

    private static Same sameFor(String op) {
        if (op.equals("charTable")) {
            // README: case mappings of unassigned code points differ.
            return (args, jvm, plugin) ->
                    args[0].startsWith("to") && sameForAssigned(Integer.parseInt(args[1]), jvm, plugin);
        }
        if ((op.equals("doubleToString") || op.equals("floatToString")) && !SHORTEST_DOUBLES) {
            boolean isFloat = op.equals("floatToString");
            return (args, jvm, plugin) -> sameNumbers(jvm.split(","), plugin.split(","), isFloat);
        }
        return (args, jvm, plugin) -> false;
    }

    private static boolean sameForAssigned(int from, String jvm, String plugin) {
        List<String> want = charTableEntries(jvm);
        List<String> got = charTableEntries(plugin);
        if (want.size() != got.size()) {
            return false;
        }
        for (int k = 0; k < want.size(); k++) {
            if (Character.isDefined(from + k) && !want.get(k).equals(got.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumbers(String[] jvm, String[] plugin, boolean isFloat) {
        if (jvm.length != plugin.length) {
            return false;
        }
        for (int k = 0; k < jvm.length; k++) {
            boolean same = isFloat
                    ? Float.compare(Float.parseFloat(jvm[k]), Float.parseFloat(plugin[k])) == 0
                    : Double.compare(Double.parseDouble(jvm[k]), Double.parseDouble(plugin[k])) == 0;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** One operation on the plug-in. */
    private static String inPlugin(String op, String... args) {
        return Wire.unescape(plugin.call("run", op + "\n" + Wire.record(args)));
    }

    private void differential(String op, Supplier<String[]> cases) {
        differential(op, cases, ROUNDS);
    }

    private void differential(String op, Supplier<String[]> cases, int rounds) {
        List<String[]> all = new ArrayList<>();
        for (int k = 0; k < rounds; k++) {
            all.add(cases.get());
        }
        try {
            compare(op, all);
        } catch (AssertionError e) {
            if (System.getenv("SEMANTICS_REPORT") == null) {
                throw e;
            }
            System.out.println("DIVERGENCE " + e.getMessage());
        }
    }

    /** When the JVM's result and the plug-in's count as the same; equality unless the JDK in use differs (below). */
    interface Same {
        boolean test(String[] args, String jvm, String plugin);
    }

    private static void compare(String op, List<String[]> cases) {
        compare(op, cases, sameFor(op));
    }

    private static void compare(String op, List<String[]> cases, Same same) {
        long started = System.nanoTime();
        try {
            compareTimed(op, cases, same);
        } finally {
            if (System.getenv("SEMANTICS_REPORT") != null) {
                System.out.println("TIME " + op + " " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        }
    }

    private static void compareTimed(String op, List<String[]> cases, Same same) {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<String[]> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
            StringBuilder request = new StringBuilder(op);
            for (String[] args : batch) {
                request.append('\n').append(Wire.record(args));
            }
            String[] results = Wire.split(plugin.call("run", request.toString()), '\n');
            assertEquals(batch.size(), results.length, op + ": one result per case");
            for (int k = 0; k < batch.size(); k++) {
                String[] sent = asSent(batch.get(k));
                String expected = Ops.apply(op, sent);
                String actual = Wire.unescape(results[k]);
                if (!expected.equals(actual) && !same.test(sent, expected, actual)) {
                    count++;
                    if (mismatches.size() < (System.getenv("SEMANTICS_REPORT") != null ? 40 : 6)) {
                        mismatches.add(
                                op.equals("charTable")
                                        ? charTableDifference(batch.get(k), expected, actual)
                                        : op + " " + cut(Wire.record(batch.get(k))) + "\n      JVM: "
                                                + cut(Wire.escape(expected)) + "\n   plug-in: "
                                                + cut(Wire.escape(actual)));
                    }
                }
            }
        }
        if (count > 0) {
            throw new AssertionError(
                    op + ": " + count + " of " + cases.size() + " differ:\n" + String.join("\n", mismatches));
        }
    }

    private static void compareCharTable(String property, List<String[]> cases) {
        try {
            compare("charTable", cases);
        } catch (AssertionError e) {
            if (System.getenv("SEMANTICS_REPORT") == null) {
                throw e;
            }
            System.out.println("DIVERGENCE " + e.getMessage());
        }
    }

    /** The arguments as the plug-in reads them (no arguments arrive as one empty one). */
    private static String[] asSent(String[] args) {
        String[] fields = Wire.split(Wire.record(args), '\t');
        for (int i = 0; i < fields.length; i++) {
            fields[i] = Wire.unescape(fields[i]);
        }
        return fields;
    }

    private static String cut(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    /** The chars whose property differs, rather than two tables of 8,192 entries. */
    private static String charTableDifference(String[] args, String expected, String actual) {
        List<String> jvm = charTableEntries(expected);
        List<String> wasm = charTableEntries(actual);
        int from = Integer.parseInt(args[1]);
        StringBuilder out = new StringBuilder(args[0]);
        int shown = 0;
        int differing = 0;
        for (int k = 0; k < Math.max(jvm.size(), wasm.size()); k++) {
            String want = k < jvm.size() ? jvm.get(k) : "-";
            String got = k < wasm.size() ? wasm.get(k) : "-";
            if (!want.equals(got)) {
                differing++;
                if (shown++ < 40) {
                    out.append(String.format(" U+%04X(JVM %s, plug-in %s)", from + k, want, got));
                }
            }
        }
        return out.append(" ... ").append(differing).append(" chars differ").toString();
    }

    private static List<String> charTableEntries(String table) {
        List<String> entries = new ArrayList<>();
        if (table.indexOf(',') < 0) {
            for (char c : table.toCharArray()) {
                entries.add(String.valueOf(c));
            }
        } else {
            for (String entry : table.split(",")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    // ---- random arguments ----

    private static final String WHITESPACE =
            " \t\n\u000b\f\r\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u2001\u2002"
                    + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u0000";

    /** Letters with special case mappings, Greek sigmas, surrogate pairs, lone surrogates. */
    private static final String[] SPECIAL = {
        "ß",
        "ŉ",
        "ǰ",
        "ΐ",
        "ﬁ",
        "ﬀ",
        "İ",
        "ı",
        "Σ",
        "σ",
        "ς",
        "ſ",
        "\u212a",
        "\u212b",
        "µ",
        "ÿ",
        "Ÿ",
        "ǅ",
        "ǈ",
        "ǲ",
        "\u1e9e",
        "\u1f80",
        "\u1fb3",
        "\u0149",
        "I\u0307",
        "\u0130",
        "i",
        "I",
        "J\u030c",
        "\ud801\udc00",
        "\ud801\udc28",
        "\ud83c\udf0d",
        "\ud835\udd04",
        "\ud800",
        "\udc00",
        "Ω",
        "Ω",
        "ǆ",
        "Ա",
        "և",
        "ﬓ",
        "ꭰ",
        "Ᏸ",
        "ᏸ",
        "\u0345",
        "\u03c2",
        "\u1e96",
        "\u2c65",
        "\u023a"
    };

    private String text() {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(10); k > 0; k--) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(special());
                case 1 -> out.append(anyChar());
                case 2 -> out.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
                case 3 -> out.append((char) (0xa0 + random.nextInt(0xe0)));
                case 4 -> out.append(" Σ");
                default -> out.append((char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return out.toString();
    }

    /** Up to {@code max} code points from {@code alphabet}. */
    private String text(String alphabet, int max) {
        int[] points = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(max + 1); k > 0; k--) {
            out.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return out.toString();
    }

    /**
     * Any char; on an older JDK one of the blocks whose properties Unicode 14 to 16 left alone
     * (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
     */
    private char anyChar() {
        if (!UNICODE_16) {
            int[] blocks = {0x20, 0x17f, 0x370, 0x3ff, 0x400, 0x4ff};
            int block = random.nextInt(3);
            char c;
            do {
                c = (char) (blocks[2 * block] + random.nextInt(blocks[2 * block + 1] - blocks[2 * block] + 1));
            } while (!Character.isDefined(c));
            return c;
        }
        // Assigned ones: README, case mappings of unassigned code points differ.
        char c;
        do {
            c = (char) random.nextInt(0x10000);
        } while (!Character.isDefined(c) && !Character.isSurrogate(c));
        return c;
    }

    /** One of SPECIAL; on an older JDK none with supplementary characters (see anyChar). */
    private String special() {
        String s;
        do {
            s = SPECIAL[random.nextInt(SPECIAL.length)];
        } while (!UNICODE_16 && s.codePoints().anyMatch(cp -> cp > 0xffff || cp >= 0x1e00 && cp < 0x2000));
        return s;
    }

    /** A code point, mostly supplementary; an assigned one if asked (see sameFor). */
    private int anyCodePoint(boolean assigned) {
        int cp;
        do {
            cp = random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x10000 + random.nextInt(0x30000);
        } while (assigned && !Character.isDefined(cp));
        return cp;
    }

    private String[] words(int max) {
        String[] words = new String[random.nextInt(max + 1)];
        for (int k = 0; k < words.length; k++) {
            words[k] = random.nextInt(4) == 0 ? text() : text("abcAB", 3);
        }
        return words;
    }

    private String[] mapCommands(int max) {
        String[] args = new String[random.nextInt(max + 1)];
        for (int k = 0; k < args.length; k++) {
            String key = random.nextInt(5) == 0 ? text() : text("abcdefghAB", 2);
            args[k] = switch (random.nextInt(6)) {
                case 0, 1 -> "p:" + key + ":" + text("xyz", 2);
                case 2 -> "r:" + key;
                case 3 -> "g:" + key;
                case 4 -> "i:" + key + ":" + text("xyz", 2);
                default -> "m:" + key + ":" + text("xyz", 2);
            };
        }
        return args;
    }

    private String intList(int max) {
        StringBuilder list = new StringBuilder();
        for (int k = random.nextInt(max + 1); k > 0; k--) {
            list.append(list.length() == 0 ? "" : ",").append(random.nextBoolean() ? random.nextInt(10) - 5 : anyInt());
        }
        return list.toString();
    }

    private String numberText() {
        switch (random.nextInt(8)) {
            case 0:
                return Integer.toString(anyInt());
            case 1:
                return Long.toString(anyLong());
            case 2:
                return pick(
                        "",
                        "-",
                        "+",
                        "0",
                        "-0",
                        "+-1",
                        "2147483647",
                        "2147483648",
                        "-2147483648",
                        "-2147483649",
                        "4294967295",
                        "4294967296",
                        "9223372036854775807",
                        "9223372036854775808",
                        "-9223372036854775808",
                        "-9223372036854775809",
                        "18446744073709551615",
                        "1_000",
                        " 1",
                        "1 ",
                        "0x10",
                        "1e3",
                        "1.0",
                        "١٢٣",
                        "\uff11\uff12",
                        "\u0967",
                        "ff",
                        "FF",
                        "zz",
                        "Zz",
                        "10000000000000000000000000000000");
            case 3:
                return text("0123456789abcdefxyzXYZ+-", 8);
            case 4:
                return Integer.toString(random.nextInt(100));
            case 5:
                return Integer.toString(anyInt(), 2 + random.nextInt(35));
            case 6:
                return Long.toString(anyLong(), 2 + random.nextInt(35));
            default:
                return text("01", 40);
        }
    }

    private String doubleText() {
        switch (random.nextInt(7)) {
            case 0:
                return Double.toString(anyDouble());
            case 1:
                return Float.toString((float) anyDouble());
            case 2:
                return pick(
                        "NaN",
                        "-NaN",
                        "Infinity",
                        "-Infinity",
                        "+Infinity",
                        "infinity",
                        "1e400",
                        "-1e400",
                        "1e-400",
                        "4.9e-324",
                        "2.4703282292062327e-324",
                        "2.4703282292062328e-324",
                        "2.2250738585072012e-308",
                        "1.7976931348623157e308",
                        "1.7976931348623158e308",
                        "1.7976931348623159e308",
                        "0x1p3",
                        "0x1.8p1",
                        "0X.8P0",
                        "0x1p-1074",
                        "0x1",
                        "1d",
                        "1f",
                        "1D",
                        "1.5F",
                        " 1.5 ",
                        "\t2\n",
                        "",
                        " ",
                        ".",
                        "e5",
                        "1e",
                        "1e+",
                        ".5",
                        "5.",
                        "-.5e-3",
                        "+0",
                        "-0",
                        "00.0100",
                        "1_0",
                        "1,5",
                        "١",
                        "0.1",
                        "9007199254740993",
                        "3.4028235677973366e38",
                        "3.4028235677973367e38",
                        "1.401298464324817e-45",
                        "7.006492321624086e-46",
                        "123456789012345678901234567890",
                        "0.30000000000000004",
                        "1e23",
                        "8.41e21",
                        "5e-324",
                        "1.0E-5");
            case 3:
                return (random.nextBoolean() ? "-" : "") + text("0123456789", 12) + "." + text("0123456789", 12)
                        + (random.nextBoolean() ? "" : "e" + (random.nextInt(700) - 350));
            case 4:
                return text("0123456789", 25) + "e" + (random.nextInt(60) - 30);
            case 5:
                return text("0123456789.eE+-xXpPaAfFdD", 8);
            default:
                return Double.toHexString(anyDouble());
        }
    }

    private int anyInt() {
        return switch (random.nextInt(5)) {
            case 0 ->
                pickInt(
                        0,
                        1,
                        -1,
                        2,
                        -2,
                        31,
                        32,
                        33,
                        Integer.MIN_VALUE,
                        Integer.MAX_VALUE,
                        Integer.MIN_VALUE + 1,
                        10,
                        16,
                        36);
            case 1 -> random.nextInt(200) - 100;
            case 2 -> random.nextInt() >> random.nextInt(32);
            default -> random.nextInt();
        };
    }

    private long anyLong() {
        return switch (random.nextInt(5)) {
            case 0 ->
                pickLong(
                        0L,
                        1L,
                        -1L,
                        Long.MIN_VALUE,
                        Long.MAX_VALUE,
                        (long) Integer.MIN_VALUE,
                        Integer.MAX_VALUE + 1L,
                        Long.MIN_VALUE + 1,
                        1L << 32);
            case 1 -> random.nextInt(200) - 100;
            case 2 -> anyInt();
            case 3 -> random.nextLong() >> random.nextInt(64);
            default -> random.nextLong();
        };
    }

    private double anyDouble() {
        return switch (random.nextInt(6)) {
            case 0 ->
                pickDouble(
                        0.0,
                        -0.0,
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        Double.MIN_VALUE,
                        -Double.MIN_VALUE,
                        Double.MAX_VALUE,
                        Double.MIN_NORMAL,
                        0.5,
                        -0.5,
                        1.5,
                        2.5,
                        -2.5,
                        0.49999999999999994,
                        1e16,
                        1e-7,
                        1e7,
                        1e21,
                        1e-3,
                        9007199254740993.0,
                        4503599627370497.0,
                        0.1,
                        Long.MAX_VALUE,
                        (double) Long.MIN_VALUE,
                        Integer.MAX_VALUE + 0.5,
                        Integer.MIN_VALUE - 1.0,
                        2e-323,
                        1.0 / 3,
                        100.0);
            case 1 -> Double.longBitsToDouble(random.nextLong());
            case 2 -> niceDouble();
            case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) * (random.nextBoolean() ? 1 : -1);
            case 4 -> (double) (float) (random.nextGaussian() * 1000);
            default -> random.nextInt(2000) / 8.0 - 125;
        };
    }

    private double niceDouble() {
        return (random.nextInt(2_000_000) - 1_000_000) / Math.pow(10, random.nextInt(12));
    }

    private static String hex(long value) {
        return Wire.hex(value);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private int pickInt(int... values) {
        return values[random.nextInt(values.length)];
    }

    private long pickLong(long... values) {
        return values[random.nextInt(values.length)];
    }

    private double pickDouble(double... values) {
        return values[random.nextInt(values.length)];
    }
}
