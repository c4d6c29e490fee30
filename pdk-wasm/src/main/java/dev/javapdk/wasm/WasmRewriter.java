package dev.javapdk.wasm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shrinks a compiled plug-in module: removes exports that are not wanted, the functions (defined
 * or imported) that nothing kept can reach any more, and custom sections; then renumbers every
 * function index. Tables, memories, globals, types and data are left as they are.
 *
 * <p>A function is kept if it is reachable through {@code call}/{@code return_call} from a root:
 * a kept exported function, the start function, any function in an element segment (which covers
 * everything callable through {@code call_indirect}), or any {@code ref.func} target in code,
 * globals or element expressions.
 */
public final class WasmRewriter {
    /** Name of the memory export that Extism hosts need; it is never removed. */
    public static final String MEMORY_EXPORT = "memory";

    private WasmRewriter() {
    }

    /**
     * Rewrites {@code wasm} according to {@code options}.
     *
     * @throws WasmFormatException if {@code wasm} is not a well-formed module
     */
    public static RewriteResult rewrite(byte[] wasm, RewriteOptions options) {
        WasmModule m = WasmModule.parse(wasm);
        int total = m.functionCount();
        int imported = m.importedFunctions;

        // Exports: keep the requested ones and the memory.
        List<WasmModule.Export> keptExports = new ArrayList<>();
        List<String> removedExports = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (WasmModule.Export e : m.exports) {
            present.add(e.name());
            boolean memory = e.kind() == ExternKind.MEMORY && e.name().equals(MEMORY_EXPORT);
            if (memory || options.keepExports().contains(e.name())) {
                keptExports.add(e);
            } else {
                removedExports.add(e.name());
            }
        }
        List<String> missing = options.keepExports().stream().filter(n -> !present.contains(n)).sorted().toList();

        boolean[] live = options.removeDeadFunctions() ? reachable(m, keptExports) : allTrue(total);
        int[] remap = new int[total];
        int next = 0;
        for (int f = 0; f < total; f++) {
            remap[f] = live[f] ? next++ : -1;
        }

        // Imports: drop unreachable function imports; the others keep their order.
        List<WasmImport> removedImports = new ArrayList<>();
        List<WasmModule.Import> keptImports = new ArrayList<>();
        int f = 0;
        for (WasmModule.Import i : m.imports) {
            if (i.kind() == ExternKind.FUNCTION && !live[f++]) {
                removedImports.add(new WasmImport(i.module(), i.name(), i.kind(), i.description()));
            } else {
                keptImports.add(i);
            }
        }
        replace(m.imports, keptImports);

        // Defined functions: the function and code sections shrink together.
        List<Integer> keptTypes = new ArrayList<>();
        List<Code> keptBodies = new ArrayList<>();
        for (int i = 0; i < m.bodies.size(); i++) {
            if (live[imported + i]) {
                keptTypes.add(m.functionTypes.get(i));
                keptBodies.add(m.bodies.get(i).renumber(remap));
            }
        }
        int removedFunctions = m.bodies.size() - keptBodies.size();
        replace(m.functionTypes, keptTypes);
        replace(m.bodies, keptBodies);

        replace(m.exports, keptExports.stream().map(e -> e.kind() != ExternKind.FUNCTION ? e
                : new WasmModule.Export(e.name(), e.kind(), remap[e.index()])).toList());
        if (m.start >= 0) {
            m.start = remap[m.start];
        }
        replace(m.elements, m.elements.stream().map(e -> new WasmModule.Element(e.flags(), e.prefix(),
                e.functions() == null ? null : Arrays.stream(e.functions()).map(x -> remap[x]).toArray(),
                e.exprs() == null ? null : e.exprs().stream().map(c -> c.renumber(remap)).toList())).toList());
        replace(m.globals, m.globals.stream().map(g -> new WasmModule.Global(g.type(), g.init().renumber(remap)))
                .toList());
        declareCodeReferences(m);

        // Only the decoded name section can be renumbered; any other copy of it would be stale.
        boolean keepNames = options.keepNameSection() || options.keepCustomSections().contains("name");
        if (keepNames && m.names != null) {
            m.names = m.names.renumber(remap);
        }
        m.sections.removeIf(s -> s.id == 0 && (s.customName.equals("name") ? !keepNames || s != m.nameSection
                : !options.keepCustomSections().contains(s.customName)));
        for (int id : new int[] {0, 2, 3, 6, 7, 8, 9, 10}) {
            m.markChanged(id);
        }

        byte[] out = m.toBytes();
        return new RewriteResult(out, removedExports, removedImports, removedFunctions, missing,
                wasm.length, out.length);
    }

    /** Marks every function reachable from the roots through direct calls. */
    private static boolean[] reachable(WasmModule m, List<WasmModule.Export> keptExports) {
        boolean[] live = new boolean[m.functionCount()];
        Deque<Integer> work = new ArrayDeque<>();
        Set<Integer> roots = new TreeSet<>();
        for (WasmModule.Export e : keptExports) {
            if (e.kind() == ExternKind.FUNCTION) {
                roots.add(e.index());
            }
        }
        if (m.start >= 0) {
            roots.add(m.start);
        }
        for (WasmModule.Element e : m.elements) {
            if (e.functions() != null) {
                Arrays.stream(e.functions()).forEach(roots::add);
            } else {
                e.exprs().forEach(c -> c.refs.forEach(r -> roots.add(r.function())));
            }
        }
        m.globals.forEach(g -> g.init().refs.forEach(r -> roots.add(r.function())));
        for (Code body : m.bodies) {
            for (Code.FuncRef r : body.refs) {
                if (r.opcode() == InstructionWalker.REF_FUNC) {
                    roots.add(r.function());
                }
            }
        }
        for (int root : roots) {
            live[root] = true;
            work.add(root);
        }
        while (!work.isEmpty()) {
            int f = work.poll() - m.importedFunctions;
            if (f < 0) {
                continue; // imported: no body to follow
            }
            for (Code.FuncRef r : m.bodies.get(f).refs) {
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
     * declarative element segment.
     */
    private static void declareCodeReferences(WasmModule m) {
        Set<Integer> declared = new HashSet<>();
        for (WasmModule.Element e : m.elements) {
            if (e.functions() != null) {
                Arrays.stream(e.functions()).forEach(declared::add);
            } else {
                e.exprs().forEach(c -> c.refs.forEach(r -> declared.add(r.function())));
            }
        }
        m.globals.forEach(g -> g.init().refs.forEach(r -> declared.add(r.function())));
        m.exports.stream().filter(e -> e.kind() == ExternKind.FUNCTION).forEach(e -> declared.add(e.index()));
        Set<Integer> missing = new TreeSet<>();
        for (Code body : m.bodies) {
            for (Code.FuncRef r : body.refs) {
                if (r.opcode() == InstructionWalker.REF_FUNC && !declared.contains(r.function())) {
                    missing.add(r.function());
                }
            }
        }
        if (!missing.isEmpty()) {
            m.ensureSection(9);
            int[] functions = missing.stream().mapToInt(Integer::intValue).toArray();
            m.elements.add(new WasmModule.Element(3, new byte[] {0x00}, functions, null));
        }
    }

    private static <T> void replace(List<T> list, List<T> content) {
        List<T> copy = new ArrayList<>(content);
        list.clear();
        list.addAll(copy);
    }

    private static boolean[] allTrue(int n) {
        boolean[] a = new boolean[n];
        Arrays.fill(a, true);
        return a;
    }
}
