package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;
import java.util.Optional;

/**
 * Kernel memory: the blocks through which a plug-in and its host exchange bytes.
 *
 * <p>Most plug-ins never need this class: {@link Input}, {@link Output}, {@link Var} and
 * {@link Config} copy for you. Use it to hand a host function a block, to read a block a host
 * function returned, or to avoid a copy of a large output. The host frees every block when the
 * current call ends, so freeing is optional.
 *
 * <pre>{@code
 * MemoryBlock block = Memory.allocate("hello");
 * long handle = block.offset();                       // pass to a host function
 * MemoryBlock reply = Memory.find(handle).orElseThrow();
 * String text = reply.readString();
 * }</pre>
 */
public final class Memory {
    private Memory() {}

    /**
     * Allocates an uninitialised block of {@code length} bytes.
     *
     * @throws OutOfMemoryError if the host refuses the allocation
     */
    public static MemoryBlock allocate(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        long offset = Kernel.alloc(length);
        if (offset == 0 && length > 0) {
            throw new OutOfMemoryError("the host refused to allocate " + length + " bytes of kernel memory");
        }
        return new MemoryBlock(offset, length);
    }

    /** Allocates a block holding a copy of {@code bytes}. */
    public static MemoryBlock allocate(byte[] bytes) {
        return new MemoryBlock(Bulk.allocate(bytes), bytes.length);
    }

    /** Allocates a block holding {@code text} encoded as UTF-8. */
    public static MemoryBlock allocate(String text) {
        return allocate(Utf8.encode(text));
    }

    /**
     * Finds the block that starts at {@code offset}, as a host function returns it.
     *
     * @return the block, or empty if {@code offset} is 0 or names no live block
     */
    public static Optional<MemoryBlock> find(long offset) {
        if (offset == 0) {
            return Optional.empty();
        }
        long length = Kernel.length(offset);
        return length == 0 ? Optional.empty() : Optional.of(new MemoryBlock(offset, length));
    }
}
