package dev.javapdk.pipeline.rewrite;

import dev.javapdk.wasm.Code;
import dev.javapdk.wasm.DataSegment;
import dev.javapdk.wasm.ElementSegment;
import dev.javapdk.wasm.ExternKind;
import dev.javapdk.wasm.Global;
import dev.javapdk.wasm.WasmExport;
import dev.javapdk.wasm.WasmFormatException;
import dev.javapdk.wasm.WasmImport;
import dev.javapdk.wasm.WasmModule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rewrite stage: shrinks a compiled plug-in module. Removes exports that are not wanted, the
 * functions (defined or imported) that nothing kept can reach any more, and custom sections; then
 * renumbers every function index; and packs the data segments ({@link DataPacker}: zero runs need
 * no bytes). Tables, memories, globals and types are left as they are.
 *
 * <p>A function is kept if it is reachable through {@code call}/{@code return_call} from a root:
 * a kept exported function, the start function, any function in an element segment (which covers
 * everything callable through {@code call_indirect}), or any {@code ref.func} target in code,
 * globals or element expressions.
 *
 * <pre>{@code
 * RewriteResult r = WasmRewriter.rewrite(wasm, RewriteOptions.keepExports("greet"));
 * Files.write(out, r.wasm());
 * log.info(r.summary());
 * }</pre>
 */
public final class WasmRewriter {
    /** Name of the memory export that Extism hosts need; it is never removed. */
    public static final String MEMORY_EXPORT = "memory";

    private WasmRewriter() {}

    /**
     * Rewrites {@code wasm} according to {@code options}.
     *
     * @throws WasmFormatException if {@code wasm} is not a well-formed module
     */
    public static RewriteResult rewrite(byte[] wasm, RewriteOptions options) {
        WasmModule m = WasmModule.parse(wasm);
        int total = m.functionCount();
        int imported = m.importedFunctionCount();

        // Exports: keep the requested ones and the memory.
        List<WasmExport> keptExports = new ArrayList<>();
        List<String> removedExports = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (WasmExport e : m.exports()) {
            present.add(e.name());
            boolean memory = e.kind() == ExternKind.MEMORY && e.name().equals(MEMORY_EXPORT);
            if (memory || options.keepExports().contains(e.name())) {
                keptExports.add(e);
            } else {
                removedExports.add(e.name());
            }
        }
        List<String> missing = options.keepExports().stream()
                .filter(n -> !present.contains(n))
                .sorted()
                .toList();

        boolean[] live = options.removeDeadFunctions() ? reachable(m, keptExports) : allTrue(total);
        int[] remap = new int[total];
        int next = 0;
        for (int f = 0; f < total; f++) {
            remap[f] = live[f] ? next++ : -1;
        }

        // Imports: drop unreachable function imports; the others keep their order.
        List<WasmImport> removedImports = new ArrayList<>();
        List<WasmImport> keptImports = new ArrayList<>();
        int f = 0;
        for (WasmImport i : m.imports()) {
            if (i.kind() == ExternKind.FUNCTION && !live[f++]) {
                removedImports.add(i);
            } else {
                keptImports.add(i);
            }
        }

        // Defined functions: the function and code sections shrink together.
        List<Integer> keptTypes = new ArrayList<>();
        List<Code> keptBodies = new ArrayList<>();
        for (int i = 0; i < m.code().size(); i++) {
            if (live[imported + i]) {
                keptTypes.add(m.functions().get(i));
                // closeDeadLoopExits: TeaVM 0.13.1 writes a bare `return` after an endless loop in a
                // non-void method; an `unreachable` (never run) there makes the body valid.
                keptBodies.add(m.code().get(i).renumber(remap).closeDeadLoopExits());
            }
        }
        int removedFunctions = m.code().size() - keptBodies.size();

        List<WasmExport> exports = keptExports.stream()
                .map(e -> e.kind() != ExternKind.FUNCTION ? e : new WasmExport(e.name(), e.kind(), remap[e.index()]))
                .toList();
        List<ElementSegment> elements = new ArrayList<>(
                m.elements().stream().map(e -> e.renumber(remap)).toList());
        List<Global> globals = m.globals().stream()
                .map(g -> new Global(g.type(), g.init().renumber(remap)))
                .toList();
        elements.addAll(declareCodeReferences(keptBodies, elements, globals, exports));

        // Only the decoded name section can be renumbered; any other copy of it would be stale.
        boolean keepNames =
                options.keepNameSection() || options.keepCustomSections().contains("name");
        WasmModule.Builder b = m.toBuilder()
                .imports(keptImports)
                .functions(keptTypes)
                .code(keptBodies)
                .exports(exports)
                .elements(elements)
                .globals(globals)
                .retainCustomSections(name -> name.equals("name")
                        ? keepNames
                        : options.keepCustomSections().contains(name));
        m.startFunction().ifPresent(start -> b.start(remap[start]));
        if (options.packData()) {
            List<DataSegment> packed = DataPacker.pack(m);
            if (packed != null) {
                b.data(packed);
            }
        }
        if (keepNames) {
            m.names().ifPresent(names -> b.names(names.renumber(remap)));
        }

        byte[] out = b.build().toBytes();
        return new RewriteResult(
                out, removedExports, removedImports, removedFunctions, missing, wasm.length, out.length);
    }

    /** Marks every function reachable from the roots through direct calls. */
    private static boolean[] reachable(WasmModule m, List<WasmExport> keptExports) {
        boolean[] live = new boolean[m.functionCount()];
        Deque<Integer> work = new ArrayDeque<>();
        Set<Integer> roots = new TreeSet<>();
        for (WasmExport e : keptExports) {
            if (e.kind() == ExternKind.FUNCTION) {
                roots.add(e.index());
            }
        }
        m.startFunction().ifPresent(roots::add);
        m.elements().forEach(e -> roots.addAll(e.referencedFunctions()));
        m.globals().forEach(g -> g.init().functionRefs().forEach(r -> roots.add(r.function())));
        for (Code body : m.code()) {
            for (Code.FuncRef r : body.functionRefs()) {
                if (r.isRefFunc()) {
                    roots.add(r.function());
                }
            }
        }
        for (int root : roots) {
            live[root] = true;
            work.add(root);
        }
        while (!work.isEmpty()) {
            int f = work.poll() - m.importedFunctionCount();
            if (f < 0) {
                continue; // imported: no body to follow
            }
            for (Code.FuncRef r : m.code().get(f).functionRefs()) {
                if (!live[r.function()]) {
                    live[r.function()] = true;
                    work.add(r.function());
                }
            }
        }
        return live;
    }

    /**
     * {@code ref.func} in code may only name functions "declared" by an element segment, a global
     * or an export. Removing an export can break that, so re-declare such functions with a
     * declarative element segment (returned, or none if every target is still declared).
     */
    private static List<ElementSegment> declareCodeReferences(
            List<Code> bodies, List<ElementSegment> elements, List<Global> globals, List<WasmExport> exports) {
        Set<Integer> declared = new HashSet<>();
        elements.forEach(e -> declared.addAll(e.referencedFunctions()));
        globals.forEach(g -> g.init().functionRefs().forEach(r -> declared.add(r.function())));
        exports.stream().filter(e -> e.kind() == ExternKind.FUNCTION).forEach(e -> declared.add(e.index()));
        Set<Integer> missing = new TreeSet<>();
        for (Code body : bodies) {
            for (Code.FuncRef r : body.functionRefs()) {
                if (r.isRefFunc() && !declared.contains(r.function())) {
                    missing.add(r.function());
                }
            }
        }
        return missing.isEmpty() ? List.of() : List.of(ElementSegment.declarative(List.copyOf(missing)));
    }

    private static boolean[] allTrue(int n) {
        boolean[] a = new boolean[n];
        Arrays.fill(a, true);
        return a;
    }
}
