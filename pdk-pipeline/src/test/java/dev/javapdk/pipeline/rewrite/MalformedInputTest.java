package dev.javapdk.pipeline.rewrite;

import static dev.javapdk.fixtures.TestWasm.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.javapdk.fixtures.Samples;
import dev.javapdk.fixtures.TestWasm;
import dev.javapdk.pipeline.check.CheckPolicy;
import dev.javapdk.pipeline.check.ModuleCheck;
import dev.javapdk.wasm.RawSection;
import dev.javapdk.wasm.SectionId;
import dev.javapdk.wasm.WasmFormatException;
import dev.javapdk.wasm.WasmModule;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MalformedInputTest {

    private static WasmFormatException rejects(byte[] wasm) {
        return assertThrows(WasmFormatException.class, () -> WasmModule.parse(wasm));
    }

    private static void assertMessage(byte[] wasm, String... fragments) {
        String message = rejects(wasm).getMessage();
        assertTrue(message.startsWith("invalid wasm: "), message);
        for (String f : fragments) {
            assertTrue(message.contains(f), () -> "'" + f + "' not in: " + message);
        }
    }

    /** Offsets where a section starts (or the module ends): cutting there leaves a well-framed module. */
    private static Set<Integer> sectionBoundaries(byte[] wasm) {
        Set<Integer> cuts = new HashSet<>(List.of(8));
        int pos = 8;
        for (RawSection s : WasmModule.parse(wasm).sections()) {
            pos += s.encodedLength();
            cuts.add(pos);
        }
        return cuts;
    }

    /** Runs the whole pipeline; anything but success or WasmFormatException fails the test. */
    private static void parseRewriteCheck(byte[] wasm, String what) {
        try {
            WasmModule.parse(wasm);
            WasmRewriter.rewrite(wasm, RewriteOptions.keepExports("f1").withNameSection(true));
            ModuleCheck.check(wasm, CheckPolicy.extism());
        } catch (WasmFormatException e) {
            assertTrue(e.getMessage().matches("(?s)invalid wasm: .*byte \\d+.*"), e.getMessage());
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    @Test
    void everyTruncationFailsWithAnOffsetUnlessItCutsBetweenSections() {
        for (byte[] wasm :
                List.of(Samples.plugin().build(true), Samples.everything().build(true))) {
            Set<Integer> boundaries = sectionBoundaries(wasm);
            for (int n = 0; n < wasm.length; n++) {
                byte[] cut = Arrays.copyOf(wasm, n);
                if (boundaries.contains(n)) {
                    parseRewriteCheck(cut, "cut at " + n);
                } else {
                    WasmFormatException e = rejects(cut);
                    assertTrue(e.getMessage().contains("byte "), e.getMessage());
                    assertTrue(e.offset() <= n, e.getMessage());
                }
            }
        }
    }

    @Test
    void badHeader() {
        assertMessage(new byte[0], "bad magic", "at byte 0");
        assertMessage(bytes(0x00, 0x61, 0x73), "bad magic", "at byte 3");
        assertMessage("PK\3\4 not wasm".getBytes(), "bad magic", "at byte 0");
        assertMessage(bytes(0x00, 0x61, 0x73, 0x6D, 0x02, 0, 0, 0), "version", "at byte 4");
        assertMessage(bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0), "unexpected end of module", "at byte 6");
    }

    @Test
    void randomGarbageAndMutatedModulesNeverThrowAnythingElse() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (i % 2 == 0) {
                System.arraycopy(header(), 0, garbage, 0, Math.min(8, garbage.length));
            }
            parseRewriteCheck(garbage, "garbage " + i);
        }
        List<byte[]> valid =
                List.of(Samples.plugin().build(true), Samples.everything().build(true));
        for (int i = 0; i < 6000; i++) {
            byte[] wasm = valid.get(i % 2).clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                wasm[8 + random.nextInt(wasm.length - 8)] = (byte) random.nextInt(256);
            }
            parseRewriteCheck(wasm, "mutation " + i);
        }
    }

    @Test
    void sectionSizeBeyondTheEnd() {
        byte[] wasm = Samples.plugin().build();
        // Grow the code section's declared size past the end of the input.
        WasmModule m = WasmModule.parse(wasm);
        byte[] code = m.sections().stream()
                .filter(s -> s.id() == SectionId.CODE)
                .findFirst()
                .orElseThrow()
                .payload();
        int codeAt = indexOf(wasm, code) - u32(code.length).length - 1;
        byte[] broken = bytes(
                Arrays.copyOf(wasm, codeAt),
                10,
                u32(code.length + 66),
                Arrays.copyOfRange(wasm, codeAt + 1 + u32(code.length).length, wasm.length));
        int payloadAt = codeAt + 1 + u32(code.length + 66).length;
        assertMessage(
                broken,
                "section 10 (code) ends at byte " + broken.length + " but its declared size reaches "
                        + (payloadAt + code.length + 66));
    }

    @Test
    void sectionContentShorterThanDeclared() {
        byte[] types = vec(funcType(t(), t()));
        assertMessage(
                bytes(header(), section(1, bytes(types, 0x00))),
                "content of section 1 (type) ends at byte " + (10 + types.length),
                "declared size reaches byte " + (11 + types.length));
    }

    @Test
    void sectionContentLongerThanDeclared() {
        byte[] types = vec(funcType(t(I32), t()));
        byte[] wasm = bytes(header(), 1, u32(types.length - 1), Arrays.copyOf(types, types.length - 1), 0x7F);
        assertMessage(wasm, "unexpected end of section 1 (type)");
    }

    /** A module with one () -> () function whose instructions are {@code code} (end appended). */
    private static byte[] withBody(byte[] code, Consumer<TestWasm.Builder> more) {
        TestWasm.Builder b = module();
        int t0 = b.type(t(), t());
        b.function("first", t0, new byte[0]);
        b.function("second", t0, code);
        more.accept(b);
        return b.build();
    }

    @Test
    void unknownOpcodeNamesOpcodeFunctionAndOffset() {
        byte[] wasm = withBody(bytes(0x01, 0xFD, 0x0C), b -> {});
        int at = indexOf(wasm, bytes(0x01, 0xFD, 0x0C)) + 1;
        assertMessage(wasm, "unknown or unsupported opcode 0xFD in function 1 at byte " + at);
        byte[] fc = withBody(bytes(0xFC, 18, 0x00), b -> {});
        assertMessage(fc, "opcode 0xFC 18 in function 1 at byte " + indexOf(fc, bytes(0xFC, 18)));
        assertMessage(withBody(bytes(0x06), b -> {}), "opcode 0x06 in function 1"); // exceptions proposal
    }

    @Test
    void indexOutOfRange() {
        assertMessage(withBody(call(99), b -> {}), "function index 99 is out of range (2 defined)", "at byte");
        assertMessage(withBody(bytes(0x11, u32(7), 0), b -> {}), "type index 7 is out of range");
        assertMessage(withBody(bytes(0x02, 0x05, END), b -> {}), "block type index 5 in function 1 is out of range");
        assertMessage(
                withBody(new byte[0], b -> b.exportFunction("x", 2)),
                "function (export \"x\") index 2 is out of range");
        assertMessage(withBody(new byte[0], b -> b.start(5)), "start function index 5 is out of range");
        assertMessage(
                withBody(new byte[0], b -> b.table(1).element(bytes(0, constExpr(i32(0)), vec(u32(3))))),
                "function index 3 is out of range");
        TestWasm.Builder b = module();
        b.importFunction("env", "f", 4);
        assertMessage(b.build(), "type index 4 is out of range (0 defined)");
    }

    @Test
    void malformedBodies() {
        assertMessage(withBody(bytes(0x02, 0x40), b -> {}), "function 1 ends at byte", "without closing 'end'");
        assertMessage(withBody(bytes(END, 0x01), b -> {}), "body of function 1 continues after its final 'end'");
        assertMessage(withBody(bytes(0x41, 0x80, 0x80, 0x80, 0x80, 0x10), b -> {}), "LEB128 s32");
        assertMessage(withBody(bytes(0x1C, vec(bytes(0x55))), b -> {}), "invalid value type 0x55 in function 1");
        assertMessage(withBody(bytes(0xD0, 0x55), b -> {}), "invalid heap type");
        assertMessage(withBody(bytes(0x02, 0x55, END), b -> {}), "invalid block type");
    }

    @Test
    void structuralProblems() {
        byte[] typeSection = section(1, vec(funcType(t(), t())));
        assertMessage(bytes(header(), 13, 0), "unknown section id 13 at byte 8");
        assertMessage(bytes(header(), typeSection, typeSection), "section 1 (type) is out of order or repeated");
        assertMessage(bytes(header(), section(3, vec()), typeSection), "section 1 (type) is out of order");
        assertMessage(
                bytes(header(), typeSection, section(3, vec(u32(0)))),
                "declares 1 function(s) but the module ends without a code section");
        assertMessage(
                bytes(header(), typeSection, section(3, vec(u32(0))), section(10, vec())),
                "section 10 (code) has 0 function bodies but section 3 (function) declares 1 functions");
        assertMessage(
                bytes(header(), section(12, u32(2)), section(11, vec(bytes(1, name("x"))))),
                "section 12 (data count) announces 2 data segment(s) but the data section has 1");
        assertMessage(bytes(header(), section(1, vec(bytes(0x5F)))), "type 0 is not a function type");
        assertMessage(bytes(header(), section(7, vec(bytes(name("x"), 7, 0)))), "export \"x\" has unknown kind 0x07");
        assertMessage(bytes(header(), section(9, vec(bytes(8)))), "element segment 0 has unknown flags 8");
        assertMessage(bytes(header(), section(11, vec(bytes(3)))), "data segment 0 has unknown flags 3");
        assertMessage(bytes(header(), section(0, bytes(u32(2), 0xC3, 0x28))), "name is not valid UTF-8 at byte 11");
        assertMessage(
                bytes(header(), section(1, bytes(u32(1000), 0x60))), "count of 1000 types exceeds the 1 byte(s) left");
        assertMessage(bytes(header(), section(5, vec(bytes(0x09, 1)))), "invalid limits flags 0x09");
        assertMessage(
                bytes(header(), section(0, bytes(name("name"), 1, 3, vec(bytes(u32(0), name("f")))))),
                "function index 0 is out of range (0 defined)");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
