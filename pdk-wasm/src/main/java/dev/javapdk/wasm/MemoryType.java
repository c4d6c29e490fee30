package dev.javapdk.wasm;

/**
 * A linear memory: its size limits in 64 KiB pages.
 *
 * <pre>{@code
 * MemoryType m = new MemoryType(new Limits(2, OptionalLong.of(16), false));
 * m.toString();   // "min 2 max 16"
 * }</pre>
 */
public record MemoryType(Limits limits) implements ExternType {

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    @Override
    public String toString() {
        return limits.toString();
    }
}
