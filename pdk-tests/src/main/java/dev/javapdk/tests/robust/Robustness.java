package dev.javapdk.tests.robust;

import dev.javapdk.pdk.Export;
import java.util.ArrayList;
import java.util.List;

/** Probes for "a plug-in survives any input": heap growth, out of memory, stack overflow. See RobustnessIT. */
public class Robustness {
    private static List<Object> kept;

    /** Builds an ArrayList of N boxed Integers (N = input) and returns their sum. */
    @Export(name = "boxed_list")
    public static String boxedList(String input) {
        int n = Integer.parseInt(input.trim());
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        long sum = 0;
        for (Integer value : list) {
            sum += value;
        }
        return Long.toString(sum);
    }

    /** A linked list of N small nodes (N = input): no big array, so no mark-queue burst from one array. */
    @Export(name = "linked_nodes")
    public static String linkedNodes(String input) {
        int n = Integer.parseInt(input.trim());
        Node head = null;
        for (int i = 0; i < n; i++) {
            head = new Node(i, head);
        }
        long sum = 0;
        for (Node node = head; node != null; node = node.next) {
            sum += node.value;
        }
        return Long.toString(sum);
    }

    /** Allocates 1 MiB arrays and keeps them until the heap is exhausted. */
    @Export(name = "exhaust")
    public static String exhaust(String input) {
        int limit = input.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(input.trim());
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            chunks.add(new byte[1 << 20]);
        }
        return Integer.toString(chunks.size());
    }

    /** Keeps input-many small objects in a static field across calls (or releases them for input 0). */
    @Export(name = "keep")
    public static String keep(String input) {
        int n = Integer.parseInt(input.trim());
        if (n == 0) {
            kept = null;
            return "released";
        }
        kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kept.add(new int[1]);
        }
        return Integer.toString(kept.size());
    }

    /** Recursion to the given depth; returns the depth reached. */
    @Export(name = "recurse")
    public static String recurse(String input) {
        int n = Integer.parseInt(input.trim());
        return Integer.toString(depth(n));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    /** Recursion until StackOverflowError, caught in the plug-in: returns the depth reached. */
    @Export(name = "overflow_caught")
    public static String overflowCaught(String input) {
        maxDepth = 0;
        try {
            unbounded(0);
        } catch (StackOverflowError e) {
            return "caught at " + maxDepth;
        }
        return "no overflow";
    }

    private static int maxDepth;

    private static int unbounded(int d) {
        maxDepth = d;
        return unbounded(d + 1) + 1;
    }

    /** A deterministic small workload that allocates: the health check after a failure. */
    @Export(name = "health")
    public static String health(String input) {
        StringBuilder text = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            parts.add(input + i);
        }
        for (String part : parts) {
            text.append(part.length()).append(',');
        }
        return Integer.toString(text.toString().hashCode());
    }

    /** Static initialiser failure. */
    @Export(name = "clinit")
    public static String clinit(String input) {
        return Integer.toString(Failing.VALUE);
    }

    @Export(name = "is_blank")
    public static String isBlank(String input) {
        return Boolean.toString(input.isBlank());
    }

    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Failing {
        static final int VALUE = compute();

        private static int compute() {
            if (System.currentTimeMillis() >= 0) {
                throw new IllegalStateException("static initialiser failed");
            }
            return 1;
        }
    }
}
