package dev.javapdk.pipeline.teavm;

import dev.javapdk.pipeline.glue.GlueGenerator;
import org.teavm.backend.wasm.TeaVMWasmHost;
import org.teavm.backend.wasm.WasmTarget;
import org.teavm.model.MethodReference;
import org.teavm.model.optimization.InliningFilter;
import org.teavm.model.optimization.InliningFilterFactory;

/**
 * TeaVM's wasm target with an inlining policy that keeps cold library code out of the plug-in's
 * own methods. TeaVM's {@code ADVANCED} level inlines every method that has one caller, so
 * {@code Config.getString}, {@code Var.getString(...).map(Long::parseLong)}, {@code Long.toString}
 * and the like all end up in the user's function, around its hot loop (count_vowels: 2,345 bytes
 * instead of 985). On the Chicory host each wasm function becomes one JVM method, and HotSpot
 * compiles the loop of such a large method much worse: the sample's 1 MiB call took 2.2 times as
 * long; on Node it was about 14% faster (README, "Benchmarks").
 *
 * <p>The policy refuses two kinds of inlining and leaves every other decision to TeaVM: library
 * code (the PDK, the generated JSON code, the class library, TeaVM's runtime) into plug-in code,
 * and the plug-in's exported method into the generated glue (its {@code try}/{@code catch}).
 * Letting small straight-line library methods through (such as {@code String.length()}) was
 * measured too and lost the whole gain: TeaVM then inlines what those call in turn. The
 * system property {@code javapdk.inlining=teavm} (on the build's JVM, e.g. {@code mvn
 * -Djavapdk.inlining=teavm package}) turns it off, for comparison.
 *
 * <p>In every mode, {@code StackCheck.fail()} and the {@code overflow()} it calls (the cold path of
 * the stack-depth check in every method that calls another) are never inlined: at {@code FULL}, TeaVM inlined that path, with the string
 * building of its message, into each of those methods: count-vowels grew from 130 KB to 1.9 MB, and
 * its 1 MiB call on Chicory from 11× to 252× C (one function too big for HotSpot to compile).
 */
// Must re-declare TeaVMWasmHost: TeaVM looks for the interface on the target's own class.
final class InliningWasmTarget extends WasmTarget implements TeaVMWasmHost {
    @Override
    public InliningFilterFactory getInliningFilter() {
        InliningFilterFactory teavm = super.getInliningFilter();
        boolean policy = !"teavm".equals(System.getProperty("javapdk.inlining"));
        return caller -> {
            InliningFilter filter = teavm.createFilter(caller);
            return callee -> !callee.equals(StackDepthTransformer.FAIL)
                    && !callee.equals(StackDepthTransformer.OVERFLOW)
                    && filter.apply(callee)
                    && (!policy || allowed(caller, callee));
        };
    }

    static boolean allowed(MethodReference caller, MethodReference callee) {
        String from = caller.getClassName();
        String to = callee.getClassName();
        if (from.equals(GlueGenerator.CLASS_NAME)) {
            return isLibrary(to) || to.equals(from);
        }
        return isLibrary(from) || !isLibrary(to);
    }

    static boolean isLibrary(String className) {
        return className.startsWith("dev.javapdk.")
                || className.startsWith("java.")
                || className.startsWith("org.teavm.");
    }
}
