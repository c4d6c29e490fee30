package dev.javapdk.tests.host;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.HostFunction;
import java.util.List;

/**
 * Calls host functions of every supported type; {@code HostFunctionsIT} provides them in Java and
 * checks what comes back, on each host.
 */
public class HostCalling {
    /** A JSON-bound value, both ways. */
    public record Point(int x, int y, String label) {}

    /** The four numeric types, sent to the host one by one. */
    public record Numbers(int i, long l, float f, double d) {}

    @HostFunction(name = "add_int")
    static native int addInt(int a, int b);

    @HostFunction(name = "mul_long")
    static native long mulLong(long a, long b);

    @HostFunction(name = "half_float")
    static native float halfFloat(float value);

    @HostFunction(name = "negate_double")
    static native double negateDouble(double value);

    @HostFunction(name = "reverse_bytes")
    static native byte[] reverseBytes(byte[] value);

    @HostFunction(name = "shout")
    static native String shout(String text);

    @HostFunction(name = "move_point")
    static native Point movePoint(Point point, int dx);

    @HostFunction(name = "neighbours")
    static native List<Point> neighbours(Point point);

    @HostFunction(name = "record_event")
    static native void recordEvent(String event);

    @HostFunction(module = "example:checks", name = "check")
    static native int check(String text);

    /** Declared but reached by no export, so the module does not import it. */
    @HostFunction(name = "never_called")
    static native void neverCalled(long value);

    static void unused() {
        neverCalled(1);
    }

    @Export
    public static Numbers numbers(Numbers in) {
        return new Numbers(addInt(in.i(), 1), mulLong(in.l(), 3), halfFloat(in.f()), negateDouble(in.d()));
    }

    @Export
    public static byte[] bytes(byte[] input) {
        return reverseBytes(input);
    }

    @Export
    public static String text(String input) {
        return shout(input);
    }

    /** What the host answers for null arguments: "null" if it got offset 0 and returned it. */
    @Export
    public static String nulls() {
        String text = shout(null);
        byte[] bytes = reverseBytes(null);
        Point point = movePoint(null, 1);
        return text + " " + (bytes == null ? "null" : bytes.length) + " " + point;
    }

    /** Empty values: blocks of length 0 where the host allocates them (see HostFunctionsIT). */
    @Export
    public static String empties() {
        byte[] bytes = reverseBytes(new byte[0]);
        String text = shout("");
        return (bytes == null ? "null" : "[" + bytes.length + "]") + " " + (text == null ? "null" : "\"" + text + "\"");
    }

    @Export
    public static Point point(Point input) {
        return movePoint(input, 10);
    }

    @Export
    public static List<Point> around(Point input) {
        return neighbours(input);
    }

    @Export
    public static void event(String input) {
        recordEvent(input);
    }

    /** Calls a host function that may throw; its result otherwise. */
    @Export
    public static String checked(String input) {
        return "checked " + check(input);
    }

    /** Many calls in one export: kernel blocks for arguments and results are freed as it goes. */
    @Export
    public static String many(String input) {
        int count = Integer.parseInt(input);
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += shout("call " + i).length() + reverseBytes(new byte[] {(byte) i}).length;
        }
        return Long.toString(total);
    }
}
