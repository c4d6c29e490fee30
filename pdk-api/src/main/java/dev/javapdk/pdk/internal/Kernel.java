package dev.javapdk.pdk.internal;

import org.teavm.interop.Import;

/**
 * The raw Extism kernel imports ({@code extism:host/env}), declared once and nothing else.
 *
 * <p>Internal: plug-in code uses {@code Input}, {@code Output}, {@code Var}, {@code Config},
 * {@code Log}, {@code Errors} and {@code Memory} instead. Offsets are opaque kernel-memory handles,
 * not addresses in the plug-in's own linear memory. TeaVM imports a function only when code that
 * is reachable calls it, so a plug-in that never logs at trace level never imports
 * {@code log_trace} (which older hosts lack).
 *
 * <pre>{@code
 * long length = Kernel.inputLength();
 * int first = Kernel.inputLoadU8(0);
 * }</pre>
 */
public final class Kernel {
    /** The import module every Extism host provides. */
    public static final String MODULE = "extism:host/env";

    private Kernel() {}

    @Import(module = MODULE, name = "input_length")
    public static native long inputLength();

    /** The kernel block holding the input (0 when there is none); hosts from before 2024 may lack it. */
    @Import(module = MODULE, name = "input_offset")
    public static native long inputOffset();

    @Import(module = MODULE, name = "input_load_u8")
    public static native int inputLoadU8(long index);

    @Import(module = MODULE, name = "input_load_u64")
    public static native long inputLoadU64(long index);

    @Import(module = MODULE, name = "alloc")
    public static native long alloc(long length);

    @Import(module = MODULE, name = "free")
    public static native void free(long offset);

    @Import(module = MODULE, name = "length")
    public static native long length(long offset);

    @Import(module = MODULE, name = "length_unsafe")
    public static native long lengthUnsafe(long offset);

    @Import(module = MODULE, name = "load_u8")
    public static native int loadU8(long offset);

    @Import(module = MODULE, name = "load_u64")
    public static native long loadU64(long offset);

    @Import(module = MODULE, name = "store_u8")
    public static native void storeU8(long offset, int value);

    @Import(module = MODULE, name = "store_u64")
    public static native void storeU64(long offset, long value);

    @Import(module = MODULE, name = "output_set")
    public static native void outputSet(long offset, long length);

    @Import(module = MODULE, name = "error_set")
    public static native void errorSet(long offset);

    @Import(module = MODULE, name = "config_get")
    public static native long configGet(long keyOffset);

    @Import(module = MODULE, name = "var_get")
    public static native long varGet(long keyOffset);

    @Import(module = MODULE, name = "var_set")
    public static native void varSet(long keyOffset, long valueOffset);

    @Import(module = MODULE, name = "http_request")
    public static native long httpRequest(long requestOffset, long bodyOffset);

    @Import(module = MODULE, name = "http_status_code")
    public static native int httpStatusCode();

    @Import(module = MODULE, name = "http_headers")
    public static native long httpHeaders();

    @Import(module = MODULE, name = "log_trace")
    public static native void logTrace(long offset);

    @Import(module = MODULE, name = "log_debug")
    public static native void logDebug(long offset);

    @Import(module = MODULE, name = "log_info")
    public static native void logInfo(long offset);

    @Import(module = MODULE, name = "log_warn")
    public static native void logWarn(long offset);

    @Import(module = MODULE, name = "log_error")
    public static native void logError(long offset);

    @Import(module = MODULE, name = "get_log_level")
    public static native int getLogLevel();
}
