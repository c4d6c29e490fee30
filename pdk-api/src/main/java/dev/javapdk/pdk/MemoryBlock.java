package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;

/**
 * One block of kernel memory: an offset (the handle hosts pass around) and a length.
 *
 * <pre>{@code
 * MemoryBlock block = Memory.allocate(5);
 * block.write(0, "hello".getBytes(StandardCharsets.UTF_8), 0, 5);
 * byte[] back = block.readBytes();
 * }</pre>
 */
public final class MemoryBlock {
    private final long offset;
    private final long length;

    MemoryBlock(long offset, long length) {
        this.offset = offset;
        this.length = length;
    }

    /** The kernel offset (handle) of this block; what host functions take and return. */
    public long offset() {
        return offset;
    }

    /** The length of this block in bytes. */
    public long length() {
        return length;
    }

    /** Copies the whole block into a new array. */
    public byte[] readBytes() {
        return Bulk.read(offset, length);
    }

    /** Decodes the whole block as UTF-8. */
    public String readString() {
        return Utf8.decode(readBytes());
    }

    /** Copies {@code count} bytes starting at {@code position} of this block into {@code dst[dstOffset..]}. */
    public void read(long position, byte[] dst, int dstOffset, int count) {
        checkRange(position, count);
        checkArray("destination", dst.length, dstOffset, count);
        Bulk.load(offset + position, dst, dstOffset, count);
    }

    /** Copies {@code count} bytes of {@code src[srcOffset..]} into this block at {@code position}. */
    public void write(long position, byte[] src, int srcOffset, int count) {
        checkRange(position, count);
        checkArray("source", src.length, srcOffset, count);
        Bulk.store(offset + position, src, srcOffset, count);
    }

    /** Returns the block to the host. Optional: the host frees everything when the call ends. */
    public void free() {
        Kernel.free(offset);
    }

    private void checkRange(long position, int count) {
        if (count < 0 || position < 0 || position > length - count) {
            throw new IndexOutOfBoundsException(
                    "range " + position + "+" + count + " is outside a block of " + length + " bytes");
        }
    }

    private static void checkArray(String role, int arrayLength, int arrayOffset, int count) {
        if (arrayOffset < 0 || arrayOffset > arrayLength - count) {
            throw new IndexOutOfBoundsException(
                    role + " range " + arrayOffset + "+" + count + " is outside an array of " + arrayLength);
        }
    }

    @Override
    public String toString() {
        return "MemoryBlock[offset=" + offset + ", length=" + length + "]";
    }
}
