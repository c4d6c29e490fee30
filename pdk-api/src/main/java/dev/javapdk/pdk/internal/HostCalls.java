package dev.javapdk.pdk.internal;

/**
 * What the generated host-function code calls to move values through kernel memory (see
 * {@link dev.javapdk.pdk.HostFunction}): an argument becomes a block the plug-in frees after the
 * call, a returned block is copied and freed. Offset 0 stands for {@code null} both ways.
 */
public final class HostCalls {
    private HostCalls() {}

    /** A new block holding {@code value}, or 0 for null. */
    public static long block(byte[] value) {
        return value == null ? 0 : Bulk.allocate(value);
    }

    /** A new block holding {@code value} as UTF-8, or 0 for null. */
    public static long block(String value) {
        return value == null ? 0 : Bulk.allocate(Utf8.encode(value));
    }

    /** Frees an argument block after the call (nothing for 0). */
    public static void free(long offset) {
        if (offset != 0) {
            Kernel.free(offset);
        }
    }

    /** The bytes of a returned block, which is then freed; null for offset 0. */
    public static byte[] takeBytes(long offset) {
        if (offset == 0) {
            return null;
        }
        byte[] bytes = Bulk.read(offset, Kernel.length(offset));
        Kernel.free(offset);
        return bytes;
    }

    /** The UTF-8 text of a returned block, which is then freed; null for offset 0. */
    public static String takeString(long offset) {
        byte[] bytes = takeBytes(offset);
        return bytes == null ? null : Utf8.decode(bytes);
    }
}
