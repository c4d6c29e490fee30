package dev.javapdk.build.wasm;

import com.dylibso.chicory.runtime.WasmFunctionHandle;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal in-memory stand-in for the Extism kernel, good enough to run plug-in exports on
 * Chicory and compare what they do before and after rewriting. One instance per call.
 */
final class FakeKernel {
    private final byte[] input;
    private final byte[] memory = new byte[1 << 20];
    private final Map<Long, Long> lengths = new HashMap<>();
    private final Map<String, byte[]> vars = new HashMap<>();
    private long next = 8; // 0 means "no block"
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    byte[] output = new byte[0];
    byte[] error;

    FakeKernel(byte[] input) {
        this.input = input.clone();
    }

    private long alloc(long n) {
        long at = next;
        next += Math.max(n, 1);
        lengths.put(at, n);
        return at;
    }

    private byte[] block(long at) {
        return at == 0 ? new byte[0] : Arrays.copyOfRange(memory, (int) at, (int) (at + lengths.getOrDefault(at, 0L)));
    }

    private long u64(long at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (memory[(int) at + i] & 0xFF);
        }
        return v;
    }

    private void storeU64(long at, long v) {
        for (int i = 0; i < 8; i++) {
            memory[(int) at + i] = (byte) (v >>> (8 * i));
        }
    }

    private long copyIn(byte[] b) {
        long at = alloc(b.length);
        System.arraycopy(b, 0, memory, (int) at, b.length);
        return at;
    }

    Map<String, WasmFunctionHandle> functions() {
        Map<String, WasmFunctionHandle> f = new HashMap<>();
        f.put("input_length", (i, a) -> new long[] {input.length});
        f.put("input_load_u8", (i, a) -> new long[] {input[(int) a[0]] & 0xFF});
        f.put("input_load_u64", (i, a) -> {
            long v = 0;
            for (int k = 7; k >= 0; k--) {
                v = (v << 8) | (input[(int) a[0] + k] & 0xFF);
            }
            return new long[] {v};
        });
        f.put("alloc", (i, a) -> new long[] {alloc(a[0])});
        f.put("free", (i, a) -> null);
        f.put("length", (i, a) -> new long[] {lengths.getOrDefault(a[0], 0L)});
        f.put("length_unsafe", (i, a) -> new long[] {lengths.getOrDefault(a[0], 0L)});
        f.put("load_u8", (i, a) -> new long[] {memory[(int) a[0]] & 0xFF});
        f.put("load_u64", (i, a) -> new long[] {u64(a[0])});
        f.put("store_u8", (i, a) -> {
            memory[(int) a[0]] = (byte) a[1];
            return null;
        });
        f.put("store_u64", (i, a) -> {
            storeU64(a[0], a[1]);
            return null;
        });
        f.put("output_set", (i, a) -> {
            output = Arrays.copyOfRange(memory, (int) a[0], (int) (a[0] + a[1]));
            return null;
        });
        f.put("error_set", (i, a) -> {
            error = block(a[0]);
            return null;
        });
        f.put("config_get", (i, a) -> new long[] {0});
        f.put("var_get", (i, a) -> {
            byte[] v = vars.get(new String(block(a[0])));
            return new long[] {v == null ? 0 : copyIn(v)};
        });
        f.put("var_set", (i, a) -> {
            vars.put(new String(block(a[0])), block(a[1]));
            return null;
        });
        for (String level : new String[] {"trace", "debug", "info", "warn", "error"}) {
            f.put("log_" + level, (i, a) -> {
                log.writeBytes(block(a[0]));
                return null;
            });
        }
        f.put("get_log_level", (i, a) -> new long[] {0});
        return f;
    }
}
