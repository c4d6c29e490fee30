package dev.javapdk.tests.robust;

import dev.javapdk.pdk.Export;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.teavm.interop.Address;

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

    /** One array of input-many bytes (up to Integer.MAX_VALUE): more than the heap can ever hold. */
    @Export(name = "big_array")
    public static String bigArray(String input) {
        byte[] array = new byte[Integer.parseInt(input.trim())];
        return Integer.toString(array.length);
    }

    /**
     * N weak references (N = input) registered with a queue, every second referent kept strongly,
     * all held in arrays big enough to overflow the GC's mark queue (so the GC rescans the heap while
     * weak references are live). Returns {@code cleared/enqueued/kept}: the cleared references must be
     * exactly the unreachable half, each enqueued once.
     */
    @Export(name = "weak_refs")
    public static String weakRefs(String input) {
        String[] args = input.trim().split(",");
        int n = Integer.parseInt(args[0]);
        String mode = args.length > 1 ? args[1] : "qg";
        ReferenceQueue<Object> queue = mode.contains("q") ? new ReferenceQueue<>() : null;
        Object[] strong = new Object[n];
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object value = new int[] {i};
            if (i % 2 == 0) {
                strong[i] = value;
            }
            refs.add(new WeakReference<>(value, queue));
        }
        List<Object> garbage = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            garbage.clear();
            for (int i = 0; i < n; i++) {
                garbage.add(new int[2]);
            }
        }
        if (mode.contains("g")) {
            System.gc();
        }
        int cleared = 0;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Object value = refs.get(i).get();
            if (value == null) {
                cleared++;
            } else if (value == strong[i] && ((int[]) value)[0] == i) {
                kept++;
            }
        }
        int enqueued = 0;
        while (queue != null && queue.poll() != null) {
            enqueued++;
        }
        return cleared + "/" + enqueued + "/" + kept;
    }

    /**
     * Recurses input-deep (keeping an object per frame), then writes outside the wasm memory: the
     * host traps the call with all those Java frames on TeaVM's shadow stack.
     */
    @Export(name = "trap_kernel")
    public static String trapKernel(String input) {
        return Integer.toString(trapAt(Integer.parseInt(input.trim()), new StringBuilder()));
    }

    private static int trapAt(int depth, Object keep) {
        if (depth == 0) {
            Address.fromInt(-16).putInt(depth);
            return keep.hashCode();
        }
        return trapAt(depth - 1, new int[] {depth}) + 1;
    }

    private static Object[] poisoned;

    /**
     * Breaks a reference held in a static field (it points past the end of memory), then allocates
     * until the heap needs a collection: the GC follows the reference and the host traps the call in
     * the middle of the collection, every time. What a bug in unsafe code ({@code Address}) or in the GC
     * itself would do.
     */
    @Export(name = "trap_in_gc")
    public static String trapInGc(String input) {
        poisoned = new Object[] {new int[1]};
        Address.ofData(poisoned).putInt(0x7FFFFFF0);
        byte[] garbage = null;
        for (int i = 0; i < 1_000_000; i++) {
            garbage = new byte[1024];
        }
        return "no collection " + garbage.length;
    }

    /** Echoes its input, but traps on any input that contains {@code boom}: a bug for the fuzzer to find. */
    @Export(name = "fragile")
    public static String fragile(String input) {
        if (input.contains("boom")) {
            Address.fromInt(-16).putInt(input.length());
        }
        return input;
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

    /** Recursion without end, nothing caught: the host sees the StackOverflowError (or a trap). */
    @Export(name = "overflow")
    public static String overflow(String input) {
        return Integer.toString(unbounded(0));
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

    /** Mutual recursion (even/odd) to the given depth: "even" or "odd". */
    @Export(name = "mutual")
    public static String mutual(String input) {
        return isEven(Integer.parseInt(input.trim())) ? "even" : "odd";
    }

    private static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    private static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    /** Recursion through an interface call and a virtual call, taking turns: returns the depth reached. */
    @Export(name = "virtual")
    public static String virtual(String input) {
        Step[] steps = {new Down(), new Across()};
        return Integer.toString(steps[0].step(Integer.parseInt(input.trim()), steps));
    }

    /** Recursion through a lambda held in a static field, without end. */
    @Export(name = "overflow_lambda")
    public static String overflowLambda(String input) {
        java.util.function.IntUnaryOperator[] self = new java.util.function.IntUnaryOperator[1];
        self[0] = n -> self[0].applyAsInt(n + 1) + 1;
        return Integer.toString(self[0].applyAsInt(0));
    }

    /**
     * Recursion without end whose every frame catches Throwable and recurses again in its handler: the
     * handlers must not be a way past the limit. After 1,000 caught errors the handlers rethrow: returns
     * how many were caught.
     */
    @Export(name = "overflow_handlers")
    public static String overflowHandlers(String input) {
        caught = 0;
        try {
            retry(0);
        } catch (StackOverflowError e) {
            return "caught " + caught;
        }
        return "no overflow";
    }

    private static int caught;

    private static int retry(int d) {
        try {
            return retry(d + 1) + 1;
        } catch (Throwable t) {
            caught++;
            if (caught > 1000) {
                throw t;
            }
            return retry(d + 1) + 1;
        }
    }

    interface Step {
        int step(int n, Step[] steps);
    }

    static class Down implements Step {
        @Override
        public int step(int n, Step[] steps) {
            return n <= 0 ? 0 : steps[n % 2].step(n - 1, steps) + 1;
        }
    }

    static final class Across extends Down {
        @Override
        public int step(int n, Step[] steps) {
            return n <= 0 ? 0 : ((Down) steps[n % 2]).step(n - 1, steps) + 1;
        }
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
