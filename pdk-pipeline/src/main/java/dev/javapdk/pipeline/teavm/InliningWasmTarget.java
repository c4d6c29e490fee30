package dev.javapdk.pipeline.teavm;

import dev.javapdk.pipeline.glue.GlueGenerator;
import org.teavm.backend.wasm.TeaVMWasmHost;
import org.teavm.backend.wasm.WasmTarget;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ProgramReader;
import org.teavm.model.optimization.InliningFilter;
import org.teavm.model.optimization.InliningFilterFactory;
import org.teavm.vm.TeaVMTargetController;

/**
 * TeaVM's wasm target with an inlining policy that keeps cold library code out of the plug-in's
 * own methods. TeaVM's {@code ADVANCED} level inlines every method that has one caller, so
 * {@code Config.getString}, {@code Var.getString(...).map(Long::parseLong)}, {@code Long.toString}
 * and the like all end up in the user's function, around its hot loop (count_vowels: 2,345 bytes
 * instead of 985). On the Chicory host each wasm function becomes one JVM method, and HotSpot
 * compiles the loop of such a large method much worse: the sample's 1 MiB call took 2.2 times as
 * long (README, "Benchmarks").
 *
 * <p>The policy refuses two kinds of inlining and leaves every other decision to TeaVM: library
 * code (the PDK, the generated JSON code, the class library, TeaVM's runtime) into plug-in code,
 * unless the library method is a tiny straight-line accessor such as {@code String.length()}; and
 * the plug-in's exported method into the generated glue (its {@code try}/{@code catch}). The
 * system property {@code javapdk.inlining=teavm} (on the build's JVM, e.g. {@code mvn
 * -Djavapdk.inlining=teavm package}) turns it off, for comparison.
 */
// Must re-declare TeaVMWasmHost: TeaVM looks for the interface on the target's own class.
final class InliningWasmTarget extends WasmTarget implements TeaVMWasmHost {
    /** Library methods without branches, up to this many instructions (the entry jump included), are still inlined. */
    static final int ACCESSOR_INSTRUCTIONS = 5;

    private ClassReaderSource classes;

    @Override
    public void setController(TeaVMTargetController controller) {
        super.setController(controller);
        classes = controller.getUnprocessedClassSource();
    }

    @Override
    public InliningFilterFactory getInliningFilter() {
        InliningFilterFactory teavm = super.getInliningFilter();
        if ("teavm".equals(System.getProperty("javapdk.inlining"))) {
            return teavm;
        }
        return caller -> {
            InliningFilter filter = teavm.createFilter(caller);
            return callee -> filter.apply(callee) && allowed(caller, callee);
        };
    }

    private boolean allowed(MethodReference caller, MethodReference callee) {
        String from = caller.getClassName();
        String to = callee.getClassName();
        if (from.equals(GlueGenerator.CLASS_NAME)) {
            return isLibrary(to) || to.equals(from);
        }
        return isLibrary(from) || !isLibrary(to) || isAccessor(callee);
    }

    /** Straight-line code (TeaVM's entry block jumps to the body block) of a few instructions. */
    private boolean isAccessor(MethodReference method) {
        MethodReader reader = classes != null ? classes.resolve(method) : null;
        ProgramReader program = reader != null ? reader.getProgram() : null;
        if (program == null || program.basicBlockCount() > 2) {
            return false;
        }
        int instructions = 0;
        for (int i = 0; i < program.basicBlockCount(); i++) {
            instructions += program.basicBlockAt(i).instructionCount();
        }
        return instructions <= ACCESSOR_INSTRUCTIONS;
    }

    static boolean isLibrary(String className) {
        return className.startsWith("dev.javapdk.")
                || className.startsWith("java.")
                || className.startsWith("org.teavm.");
    }
}
