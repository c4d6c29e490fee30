package dev.javapdk.wasm;

import static dev.javapdk.fixtures.TestWasm.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.javapdk.fixtures.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WasmModuleTest {

    private static void assertRoundTrip(byte[] wasm) {
        WasmModule m = WasmModule.parse(wasm);
        assertArrayEquals(wasm, m.toBytes(), "raw round trip");
        assertArrayEquals(wasm, WasmEncoder.reencode(m), "re-encoding every decoded section");
    }

    @Test
    void emptyModuleRoundTrips() {
        assertRoundTrip(header());
        assertEquals(0, WasmModule.parse(header()).functionCount());
    }

    @Test
    void pluginModuleRoundTrips() {
        assertRoundTrip(Samples.plugin().build());
        assertRoundTrip(Samples.plugin().build(true));
    }

    @Test
    void moduleWithEverySectionKindRoundTrips() {
        byte[] wasm = Samples.everything().build(true);
        assertRoundTrip(wasm);
        WasmModule m = WasmModule.parse(wasm);
        assertEquals(8, m.elements().size());
        for (int flags = 0; flags < 8; flags++) {
            assertEquals(flags, m.elements().get(flags).flags());
        }
        assertEquals(List.of("name", "producers"), m.customSectionNames());
        assertEquals(7, m.globals().size());
        assertEquals(2, m.globals().get(4).init().functionRefs().get(0).function());
    }

    @Test
    void customSectionsAnywhereAndPaddedLebsRoundTripExactly() {
        byte[] body = bytes(0x00, 0x10, u32Padded(0, 5), 0x1A, END); // call 0 with a 5-byte index
        byte[] wasm = bytes(
                header(),
                section(0, bytes(name("first"), 1, 2, 3)),
                section(1, vec(funcType(t(), t(I32)))),
                section(0, bytes(name("between"))),
                section(3, vec(u32(0))),
                // code section whose size and count are padded LEBs
                bytes(10, u32Padded(2 + body.length, 5), u32Padded(1, 1), u32(body.length), body));
        WasmModule m = WasmModule.parse(wasm);
        assertArrayEquals(wasm, m.toBytes());
        assertEquals(List.of("first", "between"), m.customSectionNames());
        assertEquals(5, m.code().get(0).functionRefs().get(0).len());
    }

    @Test
    void walkerFindsEveryFunctionReferenceInEveryInstructionKind() {
        WasmModule m = WasmModule.parse(Samples.everything().build());
        Code all = m.code().get(0);
        assertEquals(
                List.of(List.of(0x10, 2), List.of(0x12, 3), List.of(0xD2, 4)),
                all.functionRefs().stream()
                        .map(r -> List.of(r.opcode(), r.function()))
                        .toList());
        for (Code.FuncRef r : all.functionRefs()) { // positions point at the index immediate itself
            assertEquals(r.opcode(), all.bytes()[r.pos() - 1] & 0xFF);
            assertEquals(r.function(), all.bytes()[r.pos()]);
        }
        Code renumbered = all.renumber(new int[] {0, 1, 300, 3, 70000});
        assertEquals(all.bytes().length + 1 + 2, renumbered.bytes().length); // 300 and 70000 need longer LEBs
        assertEquals(
                List.of(300, 3, 70000),
                walk(renumbered.bytes()).stream().map(Code.FuncRef::function).toList());
        assertEquals(walk(renumbered.bytes()), renumbered.functionRefs());
    }

    /** Re-reads a function body (locals and instructions) as the parser would. */
    private static List<Code.FuncRef> walk(byte[] body) {
        ByteReader r = new ByteReader(body, 0, body.length, "body");
        int groups = r.count("locals");
        for (int i = 0; i < groups; i++) {
            r.u32();
            r.u8();
        }
        List<Code.FuncRef> refs = new java.util.ArrayList<>();
        InstructionWalker.walk(r, "body", 5, 100000, 0, refs);
        assertTrue(r.atEnd());
        return refs;
    }

    @Test
    void importsExportsAndSignaturesAsText() {
        WasmModule m = WasmModule.parse(Samples.everything().build(true));
        assertEquals(
                List.of(
                        List.of("env", "f", ExternKind.FUNCTION, "(i32) -> i32"),
                        List.of("env", "tab", ExternKind.TABLE, "funcref min 1"),
                        List.of("env", "mem", ExternKind.MEMORY, "min 1 max 2"),
                        List.of("env", "g", ExternKind.GLOBAL, "i32")),
                m.imports().stream()
                        .map(i ->
                                List.of(i.module(), i.name(), i.kind(), i.type().toString()))
                        .toList());
        assertEquals(
                List.of(
                        List.of("a", ExternKind.FUNCTION, 2, "() -> i32"),
                        List.of("mem", ExternKind.MEMORY, 0, "min 1 max 2"),
                        List.of("tab", ExternKind.TABLE, 0, "funcref min 1"),
                        List.of("g", ExternKind.GLOBAL, 1, "mut i32"),
                        List.of("all", ExternKind.FUNCTION, 1, "() -> ()")),
                m.exports().stream()
                        .map(e -> List.of(
                                e.name(),
                                e.kind(),
                                e.index(),
                                m.externType(e.kind(), e.index()).toString()))
                        .toList());
        assertEquals("(i64, f32, f64) -> (i32, i64)", m.types().get(3).toString());
        assertEquals("(funcref, externref) -> ()", m.types().get(4).toString());
        assertEquals(5, m.functionCount());
        assertEquals(1, m.importedFunctionCount());
        assertEquals(4, m.startFunction().getAsInt());
        assertEquals("(i32) -> i32", m.functionType(3).toString());
        assertEquals(Map.of(0, "f", 1, "all", 2, "a", 3, "b", 4, "c"), m.functionNames());
    }

    @Test
    void moduleWithoutNameSectionHasNoFunctionNames() {
        WasmModule m = WasmModule.parse(Samples.plugin().build());
        assertEquals(Map.of(), m.functionNames());
        assertTrue(m.startFunction().isPresent());
    }

    @Test
    void builderReencodesOnlyTheSectionsItSets() {
        byte[] wasm = Samples.everything().build(true);
        WasmModule m = WasmModule.parse(wasm);
        WasmModule same =
                m.toBuilder().exports(m.exports()).globals(m.globals()).build();
        assertEquals(
                List.of(SectionId.GLOBAL, SectionId.EXPORT),
                same.sections().stream()
                        .filter(s -> !s.isOriginal())
                        .map(RawSection::id)
                        .toList());
        assertArrayEquals(wasm, same.toBytes()); // the test modules use minimal LEB128s
        assertThrows(UnsupportedOperationException.class, () -> m.exports().clear());

        WasmModule noStart =
                m.toBuilder().start(-1).retainCustomSections(name -> false).build();
        assertTrue(noStart.startFunction().isEmpty());
        assertEquals(List.of(), noStart.customSectionNames());
        assertEquals(Map.of(), noStart.functionNames());
        assertEquals(
                noStart.sections().size(),
                WasmModule.parse(noStart.toBytes()).sections().size());
    }

    @Test
    void builderAddsAMissingSectionInItsPlace() {
        WasmModule m = WasmModule.parse(Samples.plugin().build());
        WasmModule emptied =
                WasmModule.parse(m.toBuilder().elements(List.of()).build().toBytes());
        assertEquals(0, emptied.elements().size()); // an empty section stays, still valid
        WasmModule none = WasmModule.parse(bytes(
                header(),
                section(1, vec(funcType(t(), t()))),
                section(3, vec(u32(0))),
                section(10, vec(bytes(u32(2), 0, END)))));
        WasmModule added = WasmModule.parse(none.toBuilder()
                .elements(List.of(ElementSegment.declarative(List.of(0))))
                .build()
                .toBytes());
        assertEquals(
                List.of(SectionId.TYPE, SectionId.FUNCTION, SectionId.ELEMENT, SectionId.CODE),
                added.sections().stream().map(RawSection::id).toList());
        assertEquals(List.of(0), added.elements().get(0).functions());
    }
}
