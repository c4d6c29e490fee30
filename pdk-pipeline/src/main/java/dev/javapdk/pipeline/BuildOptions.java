package dev.javapdk.pipeline;

import java.util.Set;

/**
 * How to build a plug-in. {@link #defaults()} is what the Maven plugin uses unless configured.
 *
 * @param minHeapBytes       initial size of the Java heap inside the module (default 2 MiB)
 * @param maxHeapBytes       largest the Java heap may grow (default 128 MiB)
 * @param optimization       {@code SIMPLE}, {@code ADVANCED} (default) or {@code FULL}
 * @param debugNames         keep the wasm name section, so traps and profilers show Java method names
 * @param hostModules        import modules besides {@code extism:host/env} the plug-in may import from
 *                           (user host functions, e.g. {@code extism:host/user})
 * @param exportClasses      if not empty, only the exports of these classes go into the module
 */
public record BuildOptions(
        int minHeapBytes,
        int maxHeapBytes,
        Optimization optimization,
        boolean debugNames,
        Set<String> hostModules,
        Set<String> exportClasses) {

    /** TeaVM's optimisation levels. */
    public enum Optimization {
        SIMPLE,
        ADVANCED,
        FULL
    }

    public BuildOptions {
        if (minHeapBytes <= 0 || maxHeapBytes < minHeapBytes) {
            throw new IllegalArgumentException(
                    "heap sizes must satisfy 0 < min <= max; got min=" + minHeapBytes + " max=" + maxHeapBytes);
        }
        hostModules = Set.copyOf(hostModules);
        exportClasses = Set.copyOf(exportClasses);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(2 * 1024 * 1024, 128 * 1024 * 1024, Optimization.ADVANCED, false, Set.of(), Set.of());
    }

    public BuildOptions withDebugNames(boolean value) {
        return new BuildOptions(minHeapBytes, maxHeapBytes, optimization, value, hostModules, exportClasses);
    }

    public BuildOptions withHeap(int min, int max) {
        return new BuildOptions(min, max, optimization, debugNames, hostModules, exportClasses);
    }

    public BuildOptions withOptimization(Optimization value) {
        return new BuildOptions(minHeapBytes, maxHeapBytes, value, debugNames, hostModules, exportClasses);
    }

    public BuildOptions withHostModules(Set<String> value) {
        return new BuildOptions(minHeapBytes, maxHeapBytes, optimization, debugNames, value, exportClasses);
    }

    public BuildOptions withExportClasses(Set<String> value) {
        return new BuildOptions(minHeapBytes, maxHeapBytes, optimization, debugNames, hostModules, value);
    }
}
