package dev.javapdk.tests.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * The java.lang and java.util calls plug-ins commonly make, each as an operation on string
 * arguments with a string result. The same code runs inside the plug-in ({@link Semantics}) and on
 * the JVM (SemanticsDifferentialIT), and the two results must be equal. An exception is a result
 * too: {@code !<class name>: <message>}.
 *
 * <p>Numbers travel as decimal ({@code int}) or 16 hexadecimal digits ({@code long}, and the bits
 * of a {@code double}); results are written with {@link Wire}'s own formatting, so that an
 * operation's result never depends on another method under test.
 */
public final class Ops {
    private Ops() {}

    /** One request: the operation on its first line, then one record of arguments a line. */
    public static String batch(String request) {
        String[] records = Wire.split(request, '\n');
        String op = records[0];
        StringBuilder out = new StringBuilder();
        for (int r = 1; r < records.length; r++) {
            String[] raw = Wire.split(records[r], '\t');
            String[] args = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                args[i] = Wire.unescape(raw[i]);
            }
            if (r > 1) {
                out.append('\n');
            }
            out.append(Wire.escape(apply(op, args)));
        }
        return out.toString();
    }

    public static String apply(String op, String[] a) {
        try {
            return run(op, a);
        } catch (Throwable t) {
            return thrown(t);
        }
    }

    private static String thrown(Throwable t) {
        if (t instanceof IndexOutOfBoundsException) {
            // Their messages differ between JDK versions, and TeaVM's have none (README).
            return "!" + t.getClass().getName();
        }
        if (t instanceof ArithmeticException && t.getMessage() == null) {
            // JDK 25's JIT-compiled Long.divideUnsigned/remainderUnsigned (an intrinsic) throws
            // without the "/ by zero" message that the interpreter gives, even with
            // -XX:-OmitStackTraceInFastThrow; which one a call gets depends on the JIT.
            return "!" + t.getClass().getName() + ": / by zero";
        }
        return "!" + t.getClass().getName() + ": " + t.getMessage();
    }

    /** The operations by name; each is a method of its own, so that no wasm function grows huge. */
    private static final Map<String, Function<String[], String>> OPS = new HashMap<>();

    static {
        // ---- String ----
        OPS.put("split", a -> strings(a[0].split(a[1], i(a[2]))));
        OPS.put("splitNoLimit", a -> strings(a[0].split(a[1])));
        OPS.put("replaceChar", a -> a[0].replace(a[1].charAt(0), a[2].charAt(0)));
        OPS.put("replace", a -> a[0].replace(a[1], a[2]));
        OPS.put("replaceAll", a -> a[0].replaceAll(a[1], a[2]));
        OPS.put("replaceFirst", a -> a[0].replaceFirst(a[1], a[2]));
        OPS.put("matches", a -> bool(a[0].matches(a[1])));
        OPS.put(
                "indexOf",
                a -> Wire.dec(a[0].indexOf(a[1])) + "," + Wire.dec(a[0].lastIndexOf(a[1])) + ","
                        + Wire.dec(a[0].indexOf(a[1], i(a[2]))) + "," + Wire.dec(a[0].lastIndexOf(a[1], i(a[2])))
                        + "," + bool(a[0].contains(a[1])) + "," + bool(a[0].startsWith(a[1])) + ","
                        + bool(a[0].endsWith(a[1])) + "," + bool(a[0].startsWith(a[1], i(a[2]))));
        OPS.put(
                "indexOfChar",
                a -> Wire.dec(a[0].indexOf(i(a[1]))) + "," + Wire.dec(a[0].lastIndexOf(i(a[1]))) + ","
                        + Wire.dec(a[0].indexOf(i(a[1]), i(a[2]))) + ","
                        + Wire.dec(a[0].lastIndexOf(i(a[1]), i(a[2]))));
        OPS.put("upper", a -> a[0].toUpperCase());
        OPS.put("lower", a -> a[0].toLowerCase());
        OPS.put("upperLocale", a -> a[0].toUpperCase(locale(a[1])));
        OPS.put("lowerLocale", a -> a[0].toLowerCase(locale(a[1])));
        OPS.put("format", a -> format(a));
        OPS.put("repeat", a -> a[0].repeat(i(a[1])));
        OPS.put(
                "whitespace",
                a -> strings(new String[] {
                    a[0].strip(),
                    a[0].stripLeading(),
                    a[0].stripTrailing(),
                    a[0].trim(),
                    bool(a[0].isBlank()),
                    bool(a[0].isEmpty())
                }));
        OPS.put(
                "chars",
                a -> ints(a[0].chars().toArray()) + ";" + ints(a[0].codePoints().toArray()) + ";"
                        + Wire.dec(a[0].codePointCount(0, a[0].length())));
        OPS.put(
                "compare",
                a -> Wire.dec(a[0].compareTo(a[1])) + "," + Wire.dec(a[0].compareToIgnoreCase(a[1])) + ","
                        + bool(a[0].equalsIgnoreCase(a[1])) + "," + bool(a[0].equals(a[1])) + ","
                        + Wire.dec(a[0].hashCode()) + "," + bool(a[0].contentEquals(new StringBuilder(a[1]))));
        OPS.put("regionMatches", a -> bool(a[0].regionMatches(a[1].equals("true"), i(a[2]), a[3], i(a[4]), i(a[5]))));
        OPS.put("substring", a -> a[0].substring(i(a[1]), i(a[2])));
        OPS.put("substringFrom", a -> a[0].substring(i(a[1])));
        OPS.put("charAt", a -> String.valueOf(a[0].charAt(i(a[1]))));
        OPS.put(
                "codePointAt",
                a -> Wire.dec(a[0].codePointAt(i(a[1]))) + "," + Wire.dec(a[0].codePointBefore(i(a[1]))));
        OPS.put("join", a -> String.join(a[0], Arrays.asList(a).subList(1, a.length)));
        // ---- Character ----
        OPS.put("charTable", a -> charTable(a[0], i(a[1]), i(a[2])));
        OPS.put("codePoints", a -> codePoints(a));
        // ---- StringBuilder ----
        OPS.put("builder", a -> builder(a));
        // ---- Integer, Long, Double, Float ----
        OPS.put("parseInt", a -> Wire.dec(Integer.parseInt(a[0], i(a[1]))));
        OPS.put("parseIntPlain", a -> Wire.dec(Integer.parseInt(a[0])) + "," + Wire.dec(Integer.valueOf(a[0])));
        OPS.put("decodeInt", a -> Wire.dec(Integer.decode(a[0])));
        OPS.put("parseLong", a -> Wire.dec(Long.parseLong(a[0], i(a[1]))));
        OPS.put("parseLongPlain", a -> Wire.dec(Long.parseLong(a[0])) + "," + Wire.dec(Long.valueOf(a[0])));
        OPS.put("decodeLong", a -> Wire.dec(Long.decode(a[0])));
        OPS.put("intFormat", a -> intFormat(i(a[0]), i(a[1])));
        OPS.put("longFormat", a -> longFormat(l(a[0]), i(a[1])));
        OPS.put(
                "parseDouble",
                a -> Wire.hex(Double.doubleToRawLongBits(Double.parseDouble(a[0]))) + ","
                        + Wire.hex(Double.doubleToRawLongBits(Double.valueOf(a[0]))));
        OPS.put("parseFloat", a -> fbits(Float.parseFloat(a[0])));
        OPS.put(
                "doubleToString",
                a -> Double.toString(d(a[0])) + "," + String.valueOf(d(a[0])) + "," + ("" + d(a[0])) + ","
                        + new StringBuilder().append(d(a[0])));
        OPS.put(
                "floatToString",
                a -> Float.toString(Float.intBitsToFloat(i(a[0]))) + ","
                        + new StringBuilder().append(Float.intBitsToFloat(i(a[0]))));
        OPS.put("doubleOps", a -> doubleOps(d(a[0]), d(a[1])));
        OPS.put("floatOps", a -> floatOps(Float.intBitsToFloat(i(a[0])), Float.intBitsToFloat(i(a[1]))));
        // ---- Math ----
        OPS.put("intMath", a -> intMath(i(a[0]), i(a[1])));
        OPS.put("longMath", a -> longMath(l(a[0]), l(a[1]), i(a[2])));
        // ---- Arrays ----
        OPS.put("sortInts", a -> {
            int[] values = intList(a[0]);
            Arrays.sort(values);
            return ints(values);
        });
        OPS.put("sortIntRange", a -> {
            int[] values = intList(a[0]);
            Arrays.sort(values, i(a[1]), i(a[2]));
            return ints(values);
        });
        OPS.put("sortDoubles", a -> sortDoubles(a[0]));
        OPS.put("sortStrings", a -> sortStrings(a));
        OPS.put("sortStable", a -> sortStable(a));
        OPS.put("binarySearch", a -> {
            int[] values = intList(a[0]);
            Arrays.sort(values);
            return Wire.dec(Arrays.binarySearch(values, i(a[1]))) + ","
                    + Wire.dec(Arrays.binarySearch(values, i(a[2]), i(a[3]), i(a[1])));
        });
        OPS.put("fill", a -> {
            int[] values = new int[i(a[0])];
            Arrays.fill(values, i(a[1]), i(a[2]), i(a[3]));
            return ints(values);
        });
        OPS.put("arrays", a -> arrays(a));
        OPS.put("newArray", a -> {
            int n = i(a[0]);
            return Wire.dec(new int[n].length) + "," + Wire.dec(new String[n / 2].length) + ","
                    + Wire.dec(new long[2][n].length) + "," + call(() -> ints(Arrays.copyOfRange(new int[3], 0, n)));
        });
        // ---- java.util ----
        OPS.put("collections", a -> collections(a));
        OPS.put("random", a -> random(l(a[0])));
        OPS.put("hashMap", a -> map(new HashMap<>(), a, false));
        OPS.put("intHashMap", a -> intHashMap(a));
        OPS.put("hashSet", a -> hashSet(a));
        OPS.put("linkedHashMap", a -> map(new LinkedHashMap<>(), a, true));
        OPS.put("accessOrderMap", a -> map(new LinkedHashMap<>(16, 0.75f, true), a, true));
        OPS.put("treeMap", a -> treeMap(a));
        OPS.put("arrayList", a -> arrayList(a));
    }

    private static String run(String op, String[] a) {
        Function<String[], String> operation = OPS.get(op);
        return operation == null ? "unknown op " + op : operation.apply(a);
    }

    // ---- String ----

    private static Locale locale(String tag) {
        return tag.isEmpty() ? Locale.ROOT : new Locale(tag);
    }

    /** {@code format(a[0], value)} where a[1] says the type of a[2]: d int, l long, f double bits, s string. */
    private static String format(String[] a) {
        Object value;
        switch (a[1]) {
            case "d":
                value = i(a[2]);
                break;
            case "l":
                value = l(a[2]);
                break;
            case "f":
                value = d(a[2]);
                break;
            default:
                value = a[2];
                break;
        }
        return String.format(a[0], value);
    }

    // ---- Character ----

    /** {@code property} of each char in [from, to): '0'/'1' for a boolean, a number and ',' for an int. */
    private static String charTable(String property, int from, int to) {
        StringBuilder out = new StringBuilder((to - from) * 2);
        IntPredicate test = charTest(property);
        if (test != null) {
            for (int c = from; c < to; c++) {
                out.append(test.test(c) ? '1' : '0');
            }
            return out.toString();
        }
        IntUnaryOperator function = charFunction(property);
        for (int c = from; c < to; c++) {
            Wire.appendDec(out, function.applyAsInt(c)).append(',');
        }
        return out.toString();
    }

    /** The char overloads, as tests of an int. */
    private static IntPredicate charTest(String property) {
        switch (property) {
            case "isLetter":
                return c -> Character.isLetter((char) c);
            case "isDigit":
                return c -> Character.isDigit((char) c);
            case "isLetterOrDigit":
                return c -> Character.isLetterOrDigit((char) c);
            case "isAlphabetic":
                return c -> Character.isAlphabetic(c);
            case "isWhitespace":
                return c -> Character.isWhitespace((char) c);
            case "isSpaceChar":
                return c -> Character.isSpaceChar((char) c);
            case "isUpperCase":
                return c -> Character.isUpperCase((char) c);
            case "isLowerCase":
                return c -> Character.isLowerCase((char) c);
            case "isTitleCase":
                return c -> Character.isTitleCase((char) c);
            case "isJavaIdentifierStart":
                return c -> Character.isJavaIdentifierStart((char) c);
            case "isJavaIdentifierPart":
                return c -> Character.isJavaIdentifierPart((char) c);
            case "isISOControl":
                return c -> Character.isISOControl((char) c);
            case "isDefined":
                return c -> Character.isDefined((char) c);
            default:
                return null;
        }
    }

    private static IntUnaryOperator charFunction(String property) {
        switch (property) {
            case "getType":
                return c -> Character.getType((char) c);
            case "digit":
                return c -> Character.digit((char) c, 36);
            case "getNumericValue":
                return c -> Character.getNumericValue((char) c);
            case "toUpperCase":
                return c -> Character.toUpperCase((char) c);
            case "toLowerCase":
                return c -> Character.toLowerCase((char) c);
            case "toTitleCase":
                return c -> Character.toTitleCase((char) c);
            default:
                throw new IllegalArgumentException(property);
        }
    }

    /** a[0] a property, then code points: the int overloads. */
    private static String codePoints(String[] a) {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k < a.length; k++) {
            int cp = i(a[k]);
            switch (a[0]) {
                case "isLetter":
                    out.append(bit(Character.isLetter(cp)));
                    break;
                case "isDigit":
                    out.append(bit(Character.isDigit(cp)));
                    break;
                case "isLetterOrDigit":
                    out.append(bit(Character.isLetterOrDigit(cp)));
                    break;
                case "isAlphabetic":
                    out.append(bit(Character.isAlphabetic(cp)));
                    break;
                case "isWhitespace":
                    out.append(bit(Character.isWhitespace(cp)));
                    break;
                case "isUpperCase":
                    out.append(bit(Character.isUpperCase(cp)));
                    break;
                case "isLowerCase":
                    out.append(bit(Character.isLowerCase(cp)));
                    break;
                case "isDefined":
                    out.append(bit(Character.isDefined(cp)));
                    break;
                case "getType":
                    out.append(Wire.dec(Character.getType(cp))).append(',');
                    break;
                case "getNumericValue":
                    out.append(Wire.dec(Character.getNumericValue(cp))).append(',');
                    break;
                case "toUpperCase":
                    out.append(Wire.dec(Character.toUpperCase(cp))).append(',');
                    break;
                case "toLowerCase":
                    out.append(Wire.dec(Character.toLowerCase(cp))).append(',');
                    break;
                case "charCount":
                    out.append(Wire.dec(Character.charCount(cp))).append(',');
                    break;
                case "toChars":
                    out.append(new String(Character.toChars(cp))).append(',');
                    break;
                default:
                    throw new IllegalArgumentException(a[0]);
            }
        }
        return out.toString();
    }

    // ---- StringBuilder ----

    /**
     * a[0] the initial text, then commands: {@code i:off:str} insert, {@code c:off:cp} insert a char,
     * {@code n:off:int} insert an int, {@code r} reverse, {@code d:idx} deleteCharAt, {@code D:s:e}
     * delete, {@code R:s:e:str} replace, {@code a:cp} appendCodePoint, {@code l:len} setLength,
     * {@code s:idx:cp} setCharAt, {@code f:str} indexOf (logged), {@code z} append null.
     */
    private static String builder(String[] a) {
        StringBuilder sb = new StringBuilder(a[0]);
        StringBuilder log = new StringBuilder();
        for (int k = 1; k < a.length; k++) {
            String[] c = fields(a[k]);
            switch (c[0]) {
                case "i":
                    sb.insert(i(c[1]), c[2]);
                    break;
                case "c":
                    sb.insert(i(c[1]), (char) i(c[2]));
                    break;
                case "n":
                    sb.insert(i(c[1]), i(c[2]));
                    break;
                case "r":
                    sb.reverse();
                    break;
                case "d":
                    sb.deleteCharAt(i(c[1]));
                    break;
                case "D":
                    sb.delete(i(c[1]), i(c[2]));
                    break;
                case "R":
                    sb.replace(i(c[1]), i(c[2]), c[3]);
                    break;
                case "a":
                    sb.appendCodePoint(i(c[1]));
                    break;
                case "l":
                    sb.setLength(i(c[1]));
                    break;
                case "s":
                    sb.setCharAt(i(c[1]), (char) i(c[2]));
                    break;
                case "f":
                    log.append(Wire.dec(sb.indexOf(c[1])))
                            .append(',')
                            .append(Wire.dec(sb.lastIndexOf(c[1])))
                            .append(';');
                    break;
                case "z":
                    sb.append((String) null);
                    break;
                default:
                    throw new IllegalArgumentException(c[0]);
            }
        }
        return sb + "|" + Wire.dec(sb.length()) + "|" + log;
    }

    /** A command: its fields at ':', the last one taking the rest (which may contain ':'). */
    private static String[] fields(String command) {
        int wanted;
        switch (command.charAt(0)) {
            case 'r':
            case 'z':
                wanted = 1;
                break;
            case 'd':
            case 'a':
            case 'l':
            case 'f':
                wanted = 2;
                break;
            case 'R':
                wanted = 4;
                break;
            default:
                wanted = 3;
                break;
        }
        String[] out = new String[wanted];
        int start = 0;
        for (int f = 0; f < wanted; f++) {
            int end = f == wanted - 1 ? command.length() : command.indexOf(':', start);
            out[f] = command.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    // ---- numbers ----

    private static String intFormat(int v, int radix) {
        return Integer.toString(v, radix) + "," + Integer.toHexString(v) + "," + Integer.toOctalString(v) + ","
                + Integer.toBinaryString(v) + "," + Integer.toUnsignedString(v, radix) + "," + Integer.toString(v) + ","
                + String.valueOf(v) + "," + v + "," + Integer.toUnsignedString(v) + "," + Integer.bitCount(v) + ","
                + Wire.dec(Integer.reverse(v)) + "," + Wire.dec(Integer.reverseBytes(v)) + ","
                + Wire.dec(Integer.highestOneBit(v)) + "," + Wire.dec(Integer.lowestOneBit(v)) + ","
                + Wire.dec(Integer.numberOfLeadingZeros(v)) + "," + Wire.dec(Integer.numberOfTrailingZeros(v)) + ","
                + Wire.dec(Integer.rotateLeft(v, radix)) + "," + Wire.dec(Integer.rotateRight(v, radix)) + ","
                + Wire.dec(Integer.signum(v)) + "," + Wire.dec(Integer.hashCode(v)) + ","
                + Wire.dec(Integer.compareUnsigned(v, radix)) + "," + Wire.dec(Integer.compare(v, radix)) + ","
                + call(() -> Wire.dec(Integer.divideUnsigned(v, radix - 10))) + ","
                + call(() -> Wire.dec(Integer.remainderUnsigned(v, radix - 10))) + ","
                + Integer.valueOf(v).equals(radix);
    }

    private static String longFormat(long v, int radix) {
        return Long.toString(v, radix) + "," + Long.toHexString(v) + "," + Long.toOctalString(v) + ","
                + Long.toBinaryString(v) + "," + Long.toUnsignedString(v, radix) + "," + Long.toString(v) + ","
                + String.valueOf(v) + "," + v + "," + Long.toUnsignedString(v) + "," + Long.bitCount(v) + ","
                + Wire.dec(Long.reverse(v)) + "," + Wire.dec(Long.reverseBytes(v)) + ","
                + Wire.dec(Long.highestOneBit(v)) + "," + Wire.dec(Long.lowestOneBit(v)) + ","
                + Wire.dec(Long.numberOfLeadingZeros(v)) + "," + Wire.dec(Long.numberOfTrailingZeros(v)) + ","
                + Wire.dec(Long.rotateLeft(v, radix)) + "," + Wire.dec(Long.signum(v)) + ","
                + Wire.dec(Long.hashCode(v)) + "," + Wire.dec(Long.compareUnsigned(v, radix)) + ","
                + call(() -> Wire.dec(Long.divideUnsigned(v, radix - 10))) + ","
                + call(() -> Wire.dec(Long.remainderUnsigned(v, radix - 10)));
    }

    private static String doubleOps(double x, double y) {
        return Wire.dec(Double.compare(x, y)) + "," + bool(Double.valueOf(x).equals(y)) + "," + bool(x == y) + ","
                + Wire.dec(Double.hashCode(x)) + "," + bool(Double.isNaN(x)) + "," + bool(Double.isInfinite(x)) + ","
                + bool(Double.isFinite(x)) + "," + Wire.hex(Double.doubleToLongBits(x)) + ","
                + dbits(Math.min(x, y)) + "," + dbits(Math.max(x, y)) + "," + dbits(Math.abs(x)) + ","
                + dbits(Math.signum(x)) + "," + dbits(Math.ceil(x)) + "," + dbits(Math.floor(x)) + ","
                + dbits(Math.rint(x)) + "," + Wire.dec(Math.round(x)) + "," + Wire.dec((long) x) + ","
                + Wire.dec((int) x) + "," + fbits((float) x) + ","
                + dbits(Math.copySign(x, y)) + "," + dbits(Math.nextUp(x)) + "," + dbits(Math.ulp(x)) + ","
                + Wire.dec(Math.getExponent(x)) + "," + dbits(x % y) + "," + dbits(Math.IEEEremainder(x, y)) + ","
                + dbits(Math.sqrt(x)) + "," + dbits(x * y) + "," + dbits(x / y)
                + "," + Wire.dec((char) x) + "," + Wire.dec((short) x) + "," + dbits(Math.nextAfter(x, y)) + ","
                + dbits(-x) + "," + fbits(-(float) y);
    }

    private static String floatOps(float x, float y) {
        return Wire.dec(Float.compare(x, y)) + "," + bool(Float.valueOf(x).equals(y)) + ","
                + Wire.dec(Float.hashCode(x)) + "," + Wire.dec(Float.floatToIntBits(x)) + ","
                + fbits(Math.min(x, y)) + ","
                + fbits(Math.max(x, y)) + ","
                + fbits(Math.abs(x)) + "," + Wire.dec(Math.round(x)) + ","
                + Wire.dec((int) x) + "," + Wire.dec((long) x) + "," + dbits(x) + ","
                + fbits(x % y) + "," + fbits(Math.signum(x));
    }

    // ---- Math ----

    private static String intMath(int a, int b) {
        return call(() -> Wire.dec(Math.floorDiv(a, b))) + "," + call(() -> Wire.dec(Math.floorMod(a, b))) + ","
                + Wire.dec(Math.abs(a)) + "," + call(() -> Wire.dec(Math.addExact(a, b))) + ","
                + call(() -> Wire.dec(Math.subtractExact(a, b))) + ","
                + call(() -> Wire.dec(Math.multiplyExact(a, b))) + "," + call(() -> Wire.dec(Math.negateExact(a)))
                + "," + call(() -> Wire.dec(Math.incrementExact(a))) + ","
                + call(() -> Wire.dec(Math.absExact(a))) + "," + Wire.dec(Math.min(a, b)) + ","
                + Wire.dec(Math.max(a, b)) + "," + call(() -> Wire.dec(a / b)) + "," + call(() -> Wire.dec(a % b))
                + "," + Wire.dec(a >> b) + "," + Wire.dec(a >>> b) + "," + Wire.dec(a << b) + ","
                + Wire.dec((byte) a) + "," + Wire.dec((char) a);
    }

    private static String longMath(long a, long b, int c) {
        return call(() -> Wire.dec(Math.floorDiv(a, b))) + "," + call(() -> Wire.dec(Math.floorMod(a, b))) + ","
                + call(() -> Wire.dec(Math.floorDiv(a, c))) + "," + call(() -> Wire.dec(Math.floorMod(a, c))) + ","
                + Wire.dec(Math.abs(a)) + "," + call(() -> Wire.dec(Math.addExact(a, b))) + ","
                + call(() -> Wire.dec(Math.subtractExact(a, b))) + ","
                + call(() -> Wire.dec(Math.multiplyExact(a, b))) + ","
                + call(() -> Wire.dec(Math.multiplyExact(a, c))) + ","
                + call(() -> Wire.dec(Math.toIntExact(a))) + "," + call(() -> Wire.dec(Math.negateExact(a))) + ","
                + call(() -> Wire.dec(a / b)) + ","
                + call(() -> Wire.dec(a % b)) + "," + Wire.dec(a >> c) + "," + Wire.dec(a >>> c) + ","
                + Wire.dec(a << c) + "," + dbits((double) a) + "," + fbits((float) a);
    }

    // ---- Arrays ----

    private static String sortDoubles(String list) {
        String[] parts = list.isEmpty() ? new String[0] : Wire.split(list, ',');
        double[] values = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            values[k] = d(parts[k]);
        }
        Arrays.sort(values);
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(dbits(v)).append(',');
        }
        return out.toString();
    }

    private static String sortStrings(String[] a) {
        String[] natural = Arrays.copyOf(a, a.length);
        Arrays.sort(natural);
        String[] ignoringCase = Arrays.copyOf(a, a.length);
        Arrays.sort(ignoringCase, String.CASE_INSENSITIVE_ORDER);
        List<String> reversed = new ArrayList<>(Arrays.asList(a));
        reversed.sort(Comparator.reverseOrder());
        return strings(natural) + ";" + strings(ignoringCase) + ";" + strings(reversed.toArray(new String[0]));
    }

    /** Pairs key:tag sorted by key only: equal keys keep their order (Arrays.sort is stable on objects). */
    private static String sortStable(String[] a) {
        String[] pairs = Arrays.copyOf(a, a.length);
        Arrays.sort(pairs, Comparator.comparing(p -> p.substring(0, p.indexOf(':'))));
        List<String> list = new ArrayList<>(Arrays.asList(a));
        Collections.sort(
                list,
                Comparator.comparing((String p) -> p.substring(0, p.indexOf(':')))
                        .reversed());
        return strings(pairs) + ";" + strings(list.toArray(new String[0]));
    }

    private static String arrays(String[] a) {
        int[] x = intList(a[0]);
        int[] y = intList(a[1]);
        double[] dx = new double[x.length];
        long[] lx = new long[x.length];
        String[] sx = new String[x.length];
        Integer[] bx = new Integer[x.length];
        for (int k = 0; k < x.length; k++) {
            dx[k] = x[k] / 8.0;
            lx[k] = (long) x[k] << 20;
            sx[k] = x[k] % 7 == 0 ? null : Wire.dec(x[k]);
            bx[k] = x[k];
        }
        return bool(Arrays.equals(x, y)) + "," + Wire.dec(Arrays.hashCode(x)) + "," + Wire.dec(Arrays.hashCode(dx))
                + "," + Wire.dec(Arrays.hashCode(lx)) + "," + Wire.dec(Arrays.hashCode(sx)) + ","
                + Wire.dec(Arrays.asList(bx).hashCode()) + "," + Arrays.toString(x) + "," + Arrays.toString(sx) + ","
                + Arrays.toString(dx) + "," + Arrays.asList(sx) + "," + ints(Arrays.copyOf(x, x.length / 2 + 1)) + ","
                + call(() -> ints(Arrays.copyOfRange(x, i(a[2]), i(a[3])))) + ","
                + Wire.dec(Arrays.deepHashCode(new Object[] {x, sx})) + ","
                + Arrays.deepToString(new Object[] {x, sx, new int[0][]}) + "," + Wire.dec(Arrays.mismatch(x, y))
                + "," + bool(Arrays.equals(sx, Arrays.copyOf(sx, sx.length)));
    }

    // ---- java.util ----

    private static String collections(String[] a) {
        List<String> list = new ArrayList<>(Arrays.asList(a).subList(1, a.length));
        int n = i(a[0]);
        StringBuilder out = new StringBuilder();
        List<String> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        out.append(sorted).append(';');
        out.append(Collections.binarySearch(sorted, list.isEmpty() ? "m" : list.get(0)))
                .append(';');
        out.append(Collections.binarySearch(sorted, "m")).append(';');
        List<String> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        out.append(reversed).append(';');
        List<String> rotated = new ArrayList<>(list);
        Collections.rotate(rotated, n);
        out.append(rotated).append(';');
        List<String> shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled, new Random(n));
        out.append(shuffled).append(';');
        out.append(Collections.frequency(list, "a")).append(';');
        if (!list.isEmpty()) {
            out.append(Collections.max(list)).append(Collections.min(list)).append(';');
            List<String> swapped = new ArrayList<>(list);
            Collections.swap(swapped, 0, list.size() - 1);
            out.append(swapped).append(';');
        }
        out.append(Collections.nCopies(2, list)).append(';');
        out.append(new TreeSet<>(new HashSet<>(list))).append(';');
        out.append(list.hashCode()).append(';');
        return out.toString();
    }

    private static String random(long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        out.append(Wire.dec(r.nextInt())).append(',');
        out.append(Wire.dec(r.nextInt(10))).append(',');
        out.append(Wire.dec(r.nextInt(1 << 20))).append(',');
        out.append(Wire.dec(r.nextInt(1_000_000_007))).append(',');
        out.append(Wire.dec(r.nextLong())).append(',');
        out.append(dbits(r.nextDouble())).append(',');
        out.append(fbits(r.nextFloat())).append(',');
        out.append(bool(r.nextBoolean())).append(',');
        out.append(dbits(r.nextGaussian())).append(',');
        out.append(dbits(r.nextGaussian())).append(',');
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        for (byte b : bytes) {
            out.append(Wire.dec(b)).append(' ');
        }
        out.append(',');
        r.setSeed(seed ^ 0x5DEECE66DL);
        out.append(Wire.dec(r.nextInt())).append(',');
        out.append(Wire.dec(r.nextInt(5, 9))).append(',');
        out.append(Wire.dec(r.nextLong(100))).append(',');
        return out.toString();
    }

    /** Commands: {@code p:k:v} put, {@code r:k} remove, {@code g:k} get, {@code i:k:v} putIfAbsent, {@code m:k:v} merge. */
    /**
     * {@code ordered}: the map's iteration order is part of the result. A HashMap's is not: it is
     * unspecified, and TeaVM's differs from the JDK's (README), so its entries are shown sorted.
     */
    private static String map(Map<String, String> map, String[] a, boolean ordered) {
        StringBuilder log = new StringBuilder();
        for (String command : a) {
            String[] c = mapFields(command);
            switch (c[0]) {
                case "p":
                    log.append(map.put(c[1], c[2]));
                    break;
                case "r":
                    log.append(map.remove(c[1]));
                    break;
                case "g":
                    log.append(map.get(c[1])).append(map.containsKey(c[1]));
                    break;
                case "i":
                    log.append(map.putIfAbsent(c[1], c[2]));
                    break;
                case "m":
                    log.append(map.merge(c[1], c[2], String::concat));
                    break;
                default:
                    throw new IllegalArgumentException(c[0]);
            }
            log.append(',');
        }
        Map<String, String> shown = ordered ? map : new TreeMap<>(map);
        StringBuilder keys = new StringBuilder();
        for (String key : shown.keySet()) {
            keys.append(key).append(' ');
        }
        return shown + "|" + keys + "|" + shown.values() + "|" + map.hashCode() + "|" + map.size() + "|" + log;
    }

    private static String[] mapFields(String command) {
        int first = command.indexOf(':');
        if (command.charAt(0) == 'r' || command.charAt(0) == 'g') {
            return new String[] {command.substring(0, first), command.substring(first + 1)};
        }
        int second = command.indexOf(':', first + 1);
        return new String[] {
            command.substring(0, first), command.substring(first + 1, second), command.substring(second + 1)
        };
    }

    private static String intHashMap(String[] a) {
        Map<Integer, Integer> map = new HashMap<>();
        for (String key : a) {
            int k = i(key);
            if (k % 5 == 0) {
                map.remove(k / 5);
            } else {
                map.put(k, map.size());
            }
        }
        Map<Integer, Integer> sorted = new TreeMap<>(map);
        return sorted + "|" + sorted.keySet() + "|" + sorted.values() + "|" + map.hashCode();
    }

    private static String hashSet(String[] a) {
        HashSet<String> set = new HashSet<>();
        for (String s : a) {
            if (!set.add(s)) {
                set.remove(s.substring(0, s.length() / 2));
            }
        }
        return new TreeSet<>(set) + "|" + set.hashCode() + "|" + set.size();
    }

    private static String treeMap(String[] a) {
        TreeMap<String, Integer> map = new TreeMap<>();
        for (int k = 1; k < a.length; k++) {
            if (!map.containsKey(a[k]) || k % 3 != 0) {
                map.put(a[k], k);
            } else {
                map.remove(a[k]);
            }
        }
        String probe = a[0];
        return map + "|" + (map.isEmpty() ? "" : map.firstKey() + map.lastKey()) + "|" + map.floorKey(probe) + "|"
                + map.ceilingKey(probe) + "|" + map.higherKey(probe) + "|" + map.lowerKey(probe) + "|"
                + map.headMap(probe) + "|" + map.tailMap(probe, false) + "|" + map.descendingMap() + "|"
                + map.subMap("b", "m") + "|" + map.pollFirstEntry() + "|" + map.navigableKeySet();
    }

    /**
     * Commands: {@code a:v} add, {@code A:i:v} add at, {@code r:i} remove at, {@code o:v} remove the
     * object, {@code s:i:v} set, {@code g:i} get, {@code x:v} indexOf/lastIndexOf, {@code c:i:j}
     * subList(i, j).clear(), {@code S} sort.
     */
    private static String arrayList(String[] a) {
        List<String> list = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (String command : a) {
            String[] c = command.length() == 1 ? new String[] {command} : fieldsAt(command);
            switch (c[0]) {
                case "a":
                    list.add(c[1]);
                    break;
                case "A":
                    list.add(i(c[1]), c[2]);
                    break;
                case "r":
                    log.append(list.remove(i(c[1])));
                    break;
                case "o":
                    log.append(list.remove(c[1]));
                    break;
                case "s":
                    log.append(list.set(i(c[1]), c[2]));
                    break;
                case "g":
                    log.append(list.get(i(c[1])));
                    break;
                case "x":
                    log.append(list.indexOf(c[1])).append(list.lastIndexOf(c[1]));
                    break;
                case "c":
                    list.subList(i(c[1]), i(c[2])).clear();
                    break;
                case "S":
                    list.sort(null);
                    break;
                default:
                    throw new IllegalArgumentException(c[0]);
            }
            log.append(',');
        }
        return list + "|" + list.size() + "|" + log;
    }

    private static String[] fieldsAt(String command) {
        int first = command.indexOf(':');
        int second = command.indexOf(':', first + 1);
        if (second < 0) {
            return new String[] {command.substring(0, first), command.substring(first + 1)};
        }
        return new String[] {
            command.substring(0, first), command.substring(first + 1, second), command.substring(second + 1)
        };
    }

    // ---- encoding ----

    private static int i(String s) {
        return Wire.decimal(s);
    }

    private static long l(String s) {
        return Wire.hex(s, 0, 16);
    }

    private static double d(String s) {
        return Double.longBitsToDouble(l(s));
    }

    /** The bits of {@code v}; NaN as such, as wasm does not keep a NaN's sign and payload. */
    private static String dbits(double v) {
        return Double.isNaN(v) ? "NaN" : Wire.hex(Double.doubleToRawLongBits(v));
    }

    private static String fbits(float v) {
        return Float.isNaN(v) ? "NaN" : Wire.dec(Float.floatToRawIntBits(v));
    }

    private static String bool(boolean b) {
        return b ? "true" : "false";
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static int[] intList(String list) {
        if (list.isEmpty()) {
            return new int[0];
        }
        String[] parts = Wire.split(list, ',');
        int[] out = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            out[k] = i(parts[k]);
        }
        return out;
    }

    private static String ints(int[] values) {
        StringBuilder out = new StringBuilder();
        for (int v : values) {
            out.append(Wire.dec(v)).append(',');
        }
        return out.toString();
    }

    /** A string array, unambiguously: its length, then each element's length and text. */
    private static String strings(String[] values) {
        StringBuilder out = new StringBuilder(Wire.dec(values.length));
        for (String v : values) {
            out.append('|').append(Wire.dec(v.length())).append(':').append(v);
        }
        return out.toString();
    }

    private static String call(Supplier<String> computation) {
        try {
            return computation.get();
        } catch (RuntimeException e) {
            return thrown(e);
        }
    }
}
