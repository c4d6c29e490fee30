package dev.javapdk.pipeline.rewrite;

import static dev.javapdk.fixtures.TestWasm.*;
import static org.junit.jupiter.api.Assertions.*;

import com.dylibso.chicory.runtime.WasmFunctionHandle;
import dev.javapdk.fixtures.Chicory;
import dev.javapdk.fixtures.Samples;
import dev.javapdk.fixtures.TestWasm;
import dev.javapdk.wasm.Code;
import dev.javapdk.wasm.FuncType;
import dev.javapdk.wasm.NameSection;
import dev.javapdk.wasm.ValType;
import dev.javapdk.wasm.WasmEncoder;
import dev.javapdk.wasm.WasmExport;
import dev.javapdk.wasm.WasmImport;
import dev.javapdk.wasm.WasmModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WasmRewriterTest {
    /** Host functions for {@link Samples#plugin()}; "unused" must never be called. */
    private static final Map<String, WasmFunctionHandle> HOST = Map.of(
            "base", (instance, args) -> new long[] {1000},
            "x_only", (instance, args) -> new long[] {args[0] * 3},
            "unused",
                    (instance, args) -> {
                        throw new AssertionError("unused import called");
                    });

    private static List<String> exportNames(byte[] wasm) {
        return WasmModule.parse(wasm).exports().stream().map(WasmExport::name).toList();
    }

    @Test
    void keepsOnlyRequestedExportAndWhatItReaches() {
        byte[] before = Samples.plugin().build(true);
        RewriteResult r = WasmRewriter.rewrite(before, RewriteOptions.keepExports("f1"));

        assertEquals(List.of("f2", "teavm_x"), r.removedExports());
        assertEquals(
                List.of("env.unused", "env.x_only"),
                r.removedImports().stream().map(WasmImport::qualifiedName).toList());
        assertEquals(5, r.removedFunctions()); // f2, teavm_x, only_x, x_helper, dead
        assertEquals(List.of(), r.missingExports());
        assertEquals(before.length, r.sizeBefore());
        assertEquals(r.wasm().length, r.sizeAfter());
        assertTrue(r.sizeAfter() < r.sizeBefore());
        assertTrue(r.summary().contains("removed 2 export(s), 2 import(s), 5 function(s)"), r.summary());

        WasmModule after = WasmModule.parse(r.wasm());
        assertEquals(List.of("f1", "memory"), exportNames(r.wasm()));
        assertEquals(
                List.of(new WasmImport("env", "base", FuncType.of(List.of(), List.of(ValType.I32)), 0)),
                after.imports());
        assertEquals(5, after.functionCount()); // base, helper, via_table, f1, init
        assertEquals(4, after.startFunction().getAsInt());
        assertEquals(3, after.exports().get(0).index());
        assertEquals(List.of(), after.customSectionNames());
        assertEquals(List.of(2), after.elements().get(0).functions());

        // Same behaviour before and after; the start function still initialises the global.
        assertEquals(1117, Chicory.call(before, "f1", HOST));
        assertEquals(1117, Chicory.call(r.wasm(), "f1", HOST));
    }

    @Test
    void keepingEveryExportRemovesOnlyDeadCode() {
        byte[] before = Samples.plugin().build();
        RewriteResult r = WasmRewriter.rewrite(before, RewriteOptions.keepExports("f1", "f2", "teavm_x"));
        assertEquals(List.of(), r.removedExports());
        assertEquals(
                List.of("unused"),
                r.removedImports().stream().map(WasmImport::name).toList());
        assertEquals(1, r.removedFunctions());
        for (String export : List.of("f1", "f2", "teavm_x")) {
            assertEquals(Chicory.call(before, export, HOST), Chicory.call(r.wasm(), export, HOST), export);
        }
        assertEquals(69, Chicory.call(r.wasm(), "teavm_x", HOST));
    }

    @Test
    void deadFunctionRemovalCanBeTurnedOff() {
        byte[] before = Samples.plugin().build(true);
        RewriteResult r = WasmRewriter.rewrite(
                before,
                RewriteOptions.keepExports("f2").withDeadFunctionRemoval(false).withCustomSections("producers"));
        WasmModule after = WasmModule.parse(r.wasm());
        assertEquals(Samples.PLUGIN_FUNCTIONS, after.functionCount());
        assertEquals(0, r.removedFunctions());
        assertEquals(List.of(), r.removedImports());
        assertEquals(List.of("f2", "memory"), exportNames(r.wasm()));
        assertEquals(List.of("producers"), after.customSectionNames());
        assertEquals(1002, Chicory.call(r.wasm(), "f2", HOST));
    }

    @Test
    void nameSectionIsRenumberedWhenKept() {
        byte[] before = Samples.plugin().build(true);
        RewriteResult r =
                WasmRewriter.rewrite(before, RewriteOptions.keepExports("f1").withNameSection(true));
        WasmModule after = WasmModule.parse(r.wasm());
        assertEquals(List.of("name"), after.customSectionNames());
        assertEquals(Map.of(0, "base", 1, "helper", 2, "via_table", 3, "f1", 4, "init"), after.functionNames());
        List<NameSection.Subsection> subs = after.names().orElseThrow().subsections();
        assertEquals(
                List.of(0, 1, 2), subs.stream().map(NameSection.Subsection::id).toList());
        assertArrayEquals(
                WasmModule.parse(before)
                        .names()
                        .orElseThrow()
                        .subsections()
                        .get(0)
                        .raw(),
                subs.get(0).raw()); // module name as is
        // helper (3 -> 1) keeps its local names; only_x (8) is gone.
        assertEquals(
                List.of(1),
                subs.get(2).entries().stream().map(NameSection.Entry::function).toList());
        assertArrayEquals(
                bytes(u32(1), u32(0), name("x")), subs.get(2).entries().get(0).value());
        assertEquals(1117, Chicory.call(r.wasm(), "f1", HOST));
        // Naming "name" as a custom section to keep means the same, never a stale copy.
        assertArrayEquals(
                r.wasm(),
                WasmRewriter.rewrite(before, RewriteOptions.keepExports("f1").withCustomSections("name"))
                        .wasm());
    }

    @Test
    void missingExportsAreReported() {
        RewriteResult r = WasmRewriter.rewrite(
                Samples.plugin().build(), RewriteOptions.keepExports("nope", "f1", "also_missing"));
        assertEquals(List.of("also_missing", "nope"), r.missingExports());
    }

    @Test
    void rewritingIsIdempotent() {
        RewriteOptions options = RewriteOptions.keepExports("f1").withNameSection(true);
        byte[] once =
                WasmRewriter.rewrite(Samples.plugin().build(true), options).wasm();
        RewriteResult twice = WasmRewriter.rewrite(once, options);
        assertArrayEquals(once, twice.wasm());
        assertEquals(0, twice.removedFunctions());
    }

    /**
     * Functions reached only through a funcref global, a passive element segment (table.init), a
     * declarative segment plus ref.func in code, and an active segment must survive, with dead
     * functions before them so that every index moves.
     */
    @Test
    void referenceTypesKeepTheirTargetsAndStillRun() {
        TestWasm.Builder b = module();
        int t0 = b.type(t(), t(I32));
        b.function("dead1", t0, call(2)); // 0
        b.function("a", t0, i32(11)); // 1: active segment
        b.function("b", t0, i32(22)); // 2: called directly
        b.function("c", t0, i32(33)); // 3: funcref global
        b.function("dead2", t0, i32(1)); // 4
        b.function("d", t0, i32(44)); // 5: passive segment
        b.function("e", t0, i32(55)); // 6: declarative segment + ref.func in main
        int main = b.function(
                "main",
                t0,
                bytes( // 7
                        i32(0),
                        0x23,
                        0,
                        0x26,
                        0, // table[0] = global 0 (c)
                        i32(1),
                        i32(0),
                        i32(1),
                        0xFC,
                        12,
                        u32(1),
                        0, // table.init seg 1 -> table[1] = d
                        i32(2),
                        refFunc(6),
                        0x26,
                        0, // table[2] = e
                        i32(0),
                        0x11,
                        u32(t0),
                        0,
                        i32(1),
                        0x11,
                        u32(t0),
                        0,
                        0x6A,
                        i32(2),
                        0x11,
                        u32(t0),
                        0,
                        0x6A,
                        i32(3),
                        0x11,
                        u32(t0),
                        0,
                        0x6A,
                        call(2),
                        0x6A,
                        0xFC,
                        13,
                        u32(1))); // + a + b, elem.drop 1
        b.table(4).global(FUNCREF, false, constExpr(refFunc(3)));
        b.exportFunction("main", main).exportFunction("dead1", 0);
        b.element(bytes(0x00, constExpr(i32(3)), vec(u32(1))));
        b.element(bytes(0x05, FUNCREF, vec(constExpr(refFunc(5)))));
        b.element(bytes(0x03, 0x00, vec(u32(6))));
        byte[] before = b.build(true);

        RewriteResult r =
                WasmRewriter.rewrite(before, RewriteOptions.keepExports("main").withNameSection(true));
        assertEquals(2, r.removedFunctions());
        assertEquals(
                Map.of(0, "a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "main"),
                WasmModule.parse(r.wasm()).functionNames());
        assertEquals(165, Chicory.call(before, "main", Map.of()));
        assertEquals(165, Chicory.call(r.wasm(), "main", Map.of()));
    }

    /** ref.func in code needs a declaration; if it was only the removed export, one is added. */
    @Test
    void refFuncDeclaredOnlyByRemovedExportGetsDeclarativeSegment() {
        TestWasm.Builder b = module();
        int t0 = b.type(t(), t(I32));
        b.function("unused", t0, i32(0)); // 0
        int g = b.function("g", t0, i32(77)); // 1
        int main = b.function("main", t0, bytes(i32(0), refFunc(g), 0x26, 0, i32(0), 0x11, u32(t0), 0)); // 2
        b.table(1).exportFunction("main", main).exportFunction("g_export", g).exportFunction("unused", 0);
        byte[] before = b.build();

        RewriteResult r = WasmRewriter.rewrite(before, RewriteOptions.keepExports("main"));
        WasmModule after = WasmModule.parse(r.wasm());
        assertEquals(1, after.elements().size());
        assertEquals(3, after.elements().get(0).flags());
        assertEquals(List.of(0), after.elements().get(0).functions());
        assertEquals(77, Chicory.call(before, "main", Map.of()));
        assertEquals(77, Chicory.call(r.wasm(), "main", Map.of()));
    }

    @Test
    void paddedIndicesAreRenumberedCorrectly() {
        TestWasm.Builder b = module();
        int t0 = b.type(t(), t(I32));
        b.function("dead", t0, i32(1)); // 0
        b.function("callee", t0, i32(5)); // 1
        int main = b.function("main", t0, bytes(0x10, u32Padded(1, 5), i32(1), 0x6A)); // 2
        b.exportFunction("main", main);
        byte[] before = b.build();
        RewriteResult r = WasmRewriter.rewrite(before, RewriteOptions.keepExports("main"));
        assertEquals(1, r.removedFunctions());
        assertEquals(before.length - 4 /* LEB */ - 6 /* type entry and body of dead */, r.wasm().length);
        assertEquals(6, Chicory.call(r.wasm(), "main", Map.of()));
    }

    @Test
    void everySectionKindSurvivesRewriting() {
        byte[] before = Samples.everything().build(true);
        RewriteResult r =
                WasmRewriter.rewrite(before, RewriteOptions.keepExports("all").withNameSection(true));
        // Only the imported function is unreachable: everything else is in an element segment or called.
        assertEquals(
                List.of("env.f"),
                r.removedImports().stream().map(WasmImport::qualifiedName).toList());
        assertEquals(List.of("a", "mem", "tab", "g"), r.removedExports());
        WasmModule after = WasmModule.parse(r.wasm());
        assertArrayEquals(r.wasm(), WasmEncoder.reencode(after));
        assertEquals(
                List.of("tab", "mem", "g"),
                after.imports().stream().map(WasmImport::name).toList());
        assertEquals(3, after.startFunction().getAsInt());
        assertEquals(
                List.of(1, 2, 3),
                after.code().get(0).functionRefs().stream()
                        .map(Code.FuncRef::function)
                        .toList());
        assertEquals(1, after.globals().get(4).init().functionRefs().get(0).function());
        assertEquals(List.of(1, 2), after.elements().get(0).functions());
        assertEquals(
                0, after.elements().get(7).exprs().get(0).functionRefs().get(0).function());
        assertEquals(8, after.elements().size());
        assertEquals(Map.of(0, "all", 1, "a", 2, "b", 3, "c"), after.functionNames());
    }
}
