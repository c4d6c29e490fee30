package dev.javapdk.pdk.internal;

import org.teavm.interop.Address;

/**
 * Copies between kernel memory and Java arrays, eight bytes per host call.
 *
 * <p>Each kernel import is a host call, far dearer than a wasm instruction, so bytes move as
 * {@code *_load_u64} / {@code store_u64} words; wasm is little-endian like the kernel, so a word
 * lands in the array with one {@code i64} store. Only the last {@code length % 8} bytes go one at
 * a time. No Java allocation happens inside the loops, so the array cannot move under us.
 *
 * <pre>{@code
 * long offset = Bulk.allocate(bytes);          // a kernel block holding a copy
 * byte[] back = Bulk.read(offset, bytes.length);
 * }</pre>
 */
public final class Bulk {
    private Bulk() {}

    /** Reads {@code length} bytes of the input, starting at {@code from}, into {@code dst[off..]}. */
    public static void loadInput(long from, byte[] dst, int off, int length) {
        int words = length >>> 3;
        Address base = Address.ofData(dst).add(off);
        for (int i = 0; i < words; i++) {
            int at = i << 3;
            base.add(at).putLong(Kernel.inputLoadU64(from + at));
        }
        for (int i = words << 3; i < length; i++) {
            dst[off + i] = (byte) Kernel.inputLoadU8(from + i);
        }
    }

    /** Reads {@code length} bytes of kernel memory at {@code src} into {@code dst[off..]}. */
    public static void load(long src, byte[] dst, int off, int length) {
        int words = length >>> 3;
        Address base = Address.ofData(dst).add(off);
        for (int i = 0; i < words; i++) {
            int at = i << 3;
            base.add(at).putLong(Kernel.loadU64(src + at));
        }
        for (int i = words << 3; i < length; i++) {
            dst[off + i] = (byte) Kernel.loadU8(src + i);
        }
    }

    /** Writes {@code src[off..off+length]} to kernel memory at {@code dst}. */
    public static void store(long dst, byte[] src, int off, int length) {
        int words = length >>> 3;
        Address base = Address.ofData(src).add(off);
        for (int i = 0; i < words; i++) {
            int at = i << 3;
            Kernel.storeU64(dst + at, base.add(at).getLong());
        }
        for (int i = words << 3; i < length; i++) {
            Kernel.storeU8(dst + i, src[off + i]);
        }
    }

    /** Allocates a kernel block holding {@code bytes}; returns its offset (0 for an empty array). */
    public static long allocate(byte[] bytes) {
        if (bytes.length == 0) {
            return Kernel.alloc(0);
        }
        long offset = Kernel.alloc(bytes.length);
        if (offset == 0) {
            throw new OutOfMemoryError("the host refused to allocate " + bytes.length + " bytes of kernel memory");
        }
        store(offset, bytes, 0, bytes.length);
        return offset;
    }

    /**
     * Allocates a block holding the low byte of each char of {@code text}, allocating no Java
     * memory: safe from TeaVM's runtime and GC code, and when the heap is exhausted.
     */
    public static long allocateLatin1(String text) {
        int length = text.length();
        long offset = Kernel.alloc(length);
        for (int i = 0; i < length; i++) {
            Kernel.storeU8(offset + i, text.charAt(i));
        }
        return offset;
    }

    /**
     * The block a host call returned, copied; empty for offset 0 (the kernel's "absent"). A block
     * of length 0 is present and empty.
     */
    public static java.util.Optional<byte[]> readReturned(long offset) {
        return offset == 0 ? java.util.Optional.empty() : java.util.Optional.of(read(offset, Kernel.length(offset)));
    }

    /** Copies the whole kernel block at {@code offset} (of {@code length} bytes) into a new array. */
    public static byte[] read(long offset, long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("kernel block of " + length + " bytes is too large for a Java array");
        }
        byte[] bytes = new byte[(int) length];
        load(offset, bytes, 0, bytes.length);
        return bytes;
    }
}
