package dev.javapdk.runtime.util;

import java.util.List;

/**
 * {@code java.util.Collections} methods with the JDK's behaviour where TeaVM's differ. Internal.
 *
 * <pre>{@code
 * Collections.rotate(new ArrayList<>(), 3);  // nothing to do (TeaVM: ArithmeticException)
 * list.subList(3, 1);                        // IndexOutOfBoundsException if 3 > size, as in Java
 * }</pre>
 */
public final class Lists {
    private Lists() {}

    /** Moves the element at {@code i} to {@code (i + distance) mod size}. */
    public static void rotate(List<?> list, int distance) {
        int size = list.size();
        if (size == 0) {
            return;
        }
        distance %= size;
        if (distance < 0) {
            distance += size;
        }
        if (distance == 0) {
            return;
        }
        Object[] copy = list.toArray();
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) list;
        for (int i = 0; i < size; i++) {
            target.set((i + distance) % size, copy[i]);
        }
    }

    /** Before {@code subList(from, to)}: Java's checks, in Java's order. */
    public static void checkSubList(List<?> list, int from, int to) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + from);
        }
        if (to > list.size()) {
            throw new IndexOutOfBoundsException("toIndex = " + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
    }
}
