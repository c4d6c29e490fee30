package dev.javapdk.tests;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import org.junit.jupiter.api.Test;

/** Probes for "a plug-in survives any input"; measurements are printed. */
class RobustnessIT {
    static final String WASM = "target/pdk-tests-robust.wasm";

    static String attempt(LoadedPlugin plugin, String fn, String input) {
        try {
            return plugin.call(fn, input);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static void probe(LoadedPlugin plugin, String fn, String input) {
        long t0 = System.nanoTime();
        String result = attempt(plugin, fn, input);
        System.out.printf("PROBE %s(%s) -> %s [%d ms]%n", fn, input, result, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void boxedLists(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        for (int n : new int[] {80_000, 90_000}) {
            probe(plugin, "boxed_list", Integer.toString(n));
        }
    }

    @Test
    void boxedListMillion(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        probe(plugin, "boxed_list", "1000000");
        probe(plugin, "health", "x");
    }

    @Test
    void linkedNodes(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        for (int n : new int[] {90_000, 200_000, 400_000, 1_000_000}) {
            probe(plugin, "linked_nodes", Integer.toString(n));
        }
    }

    @Test
    void linkedNodesJump(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        probe(plugin, "linked_nodes", "90000");
        probe(plugin, "linked_nodes", "1000000");
        probe(plugin, "health", "x");
    }

    @Test
    void linkedNodesFresh(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        probe(plugin, "linked_nodes", "1000000");
        probe(plugin, "health", "x");
    }

    @Test
    void outOfMemory(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        probe(plugin, "exhaust", "");
        probe(plugin, "health", "x");
        probe(plugin, "keep", "100000000");
        probe(plugin, "health", "x");
        probe(plugin, "keep", "0");
        probe(plugin, "health", "x");
        probe(plugin, "boxed_list", "100000000");
        probe(plugin, "health", "x");
        int ok = 0;
        int oom = 0;
        for (int i = 0; i < 20; i++) {
            String r = attempt(plugin, "exhaust", "");
            if (i < 3) {
                System.out.println("PROBE exhaust #" + i + " -> " + r);
            }
            if (r.contains("OutOfMemoryError")) {
                oom++;
            }
            if (attempt(plugin, "health", "x").equals("-789105492")) {
                ok++;
            }
        }
        System.out.printf("PROBE 20 x exhaust: %d OutOfMemoryError, %d healthy answers after%n", oom, ok);
        probe(plugin, "boxed_list", "1000000");
    }

    @Test
    void bigArrays(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        for (int n : new int[] {4, 16, 40, 100}) {
            probe(plugin, "exhaust", Integer.toString(n));
        }
    }
}
