package dev.javapdk.runtime;

/**
 * Java's integer division semantics on wasm. Internal.
 *
 * <p>TeaVM compiles {@code a / b} to {@code i32.div_s}, which traps when {@code b == 0} (Java
 * throws {@link ArithmeticException}) and when {@code a == MIN_VALUE, b == -1} (Java answers
 * {@code MIN_VALUE}). A trap would kill the call and leak TeaVM's shadow stack, so the build
 * routes every integer division whose divisor is not a constant through these methods.
 *
 * <pre>{@code
 * int q = Arith.div(a, b); // what `a / b` becomes: ArithmeticException for b == 0
 * }</pre>
 */
public final class Arith {
    private Arith() {}

    public static int div(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? -a : a / b;
    }

    public static int rem(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? 0 : a % b;
    }

    public static long div(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? -a : a / b;
    }

    public static long rem(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? 0 : a % b;
    }
}
