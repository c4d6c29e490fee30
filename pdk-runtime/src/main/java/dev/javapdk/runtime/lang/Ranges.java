package dev.javapdk.runtime.lang;

/**
 * The range check of {@code java.util.Arrays}' {@code sort}, {@code fill} and {@code binarySearch}
 * over {@code [from, to)}, before TeaVM's code runs (which checked only {@code from > to}, without a
 * message, and wrote part of the array before failing), and the size check of {@code new T[n]},
 * which TeaVM's wasm backend does not make. Internal.
 *
 * <pre>{@code
 * Arrays.fill(new int[2], 0, 3, 1);  // ArrayIndexOutOfBoundsException: Array index out of range: 3
 * }</pre>
 */
public final class Ranges {
    private Ranges() {}

    public static void check(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + to);
        }
    }

    /** The length of a new array: Java throws for a negative one (TeaVM would allocate garbage). */
    public static int arraySize(int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        return length;
    }

    /**
     * Before {@code Arrays.copyOfRange(array, from, to)}: Java's checks; returns where TeaVM's copy
     * must stop ({@code to} may lie beyond the array: Java pads the copy, TeaVM's would fail).
     */
    public static int copyEnd(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        if (from < 0 || from > length) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + from);
        }
        return Math.min(to, length);
    }
}
