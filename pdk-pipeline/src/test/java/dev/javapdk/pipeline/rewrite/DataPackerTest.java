package dev.javapdk.pipeline.rewrite;

import static dev.javapdk.fixtures.TestWasm.*;
import static org.junit.jupiter.api.Assertions.*;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.javapdk.fixtures.TestWasm;
import dev.javapdk.wasm.DataSegment;
import dev.javapdk.wasm.WasmModule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPackerTest {
    private static final int PAGE = 65536;

    /** 2,000 bytes: a few non-zero islands in long and short zero runs, with zero ends. */
    private static byte[] image() {
        byte[] b = new byte[2000];
        b[10] = 1;
        b[12] = 2; // a 1-byte gap: stays inside the piece
        b[500] = 3;
        Arrays.fill(b, 900, 950, (byte) 7);
        b[1990] = -1;
        return b;
    }

    private static TestWasm.Builder base() {
        TestWasm.Builder m = module().memory(1);
        int t = m.type(t(), t(I32));
        m.exportFunction("f", m.function("f", t, i32(0)));
        return m;
    }

    private static byte[] active(int offset, byte[] content) {
        return bytes(0, i32(offset), END, u32(content.length), content);
    }

    private static byte[] passive(byte[] content) {
        return bytes(1, u32(content.length), content);
    }

    private static byte[] memory(byte[] wasm) {
        Instance instance = Instance.builder(Parser.parse(wasm)).build();
        return instance.memory().readBytes(0, PAGE);
    }

    private static byte[] rewrite(byte[] wasm) {
        return WasmRewriter.rewrite(wasm, RewriteOptions.keepExports("f")).wasm();
    }

    @Test
    void cutsZeroRunsOutAndKeepsTheMemoryImage() {
        byte[] before = base().data(active(1000, image())).build();
        byte[] after = rewrite(before);

        assertArrayEquals(memory(before), memory(after));
        List<DataSegment> data = WasmModule.parse(after).data();
        assertEquals(
                List.of(1010L, 1500L, 1900L, 2990L),
                data.stream().map(s -> s.constantOffset().getAsLong()).toList());
        assertEquals(3, data.get(0).length(), "a short zero run stays in the piece");
        assertTrue(after.length < before.length - 1900, after.length + " vs " + before.length);
    }

    @Test
    void canBeTurnedOff() {
        byte[] before = base().data(active(1000, image())).build();
        byte[] after = WasmRewriter.rewrite(
                        before, RewriteOptions.keepExports("f").withDataPacking(false))
                .wasm();
        assertEquals(1, WasmModule.parse(after).data().size());
    }

    @Test
    void passiveSegmentsKeepTheirIndicesAndTheDataCountFollows() {
        byte[] before = base().dataCount()
                .data(active(0, image()))
                .data(passive(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9}))
                .data(active(4000, image()))
                .build();
        byte[] after = rewrite(before);

        assertArrayEquals(memory(before), memory(after));
        WasmModule m = WasmModule.parse(after); // the parser checks data count against the segments
        assertTrue(m.hasDataCount());
        List<DataSegment> data = m.data();
        assertEquals(2000, data.get(0).length(), "before the passive segment: untouched");
        assertTrue(data.get(1).isPassive());
        assertEquals(18, data.get(1).length(), "passive: untouched");
        assertEquals(2 + 4, data.size());
    }

    @Test
    void leavesOverlappingSegmentsAlone() {
        byte[] before = base().data(active(0, new byte[] {5, 5, 5, 5}))
                .data(active(2, image()))
                .build();
        byte[] after = rewrite(before);

        assertArrayEquals(memory(before), memory(after));
        assertEquals(2, WasmModule.parse(after).data().size());
    }

    @Test
    void dropsAllZeroSegments() {
        byte[] before = base().data(active(64, new byte[100]))
                .data(active(300, new byte[] {0, 4, 0}))
                .build();
        byte[] after = rewrite(before);

        assertArrayEquals(memory(before), memory(after));
        List<DataSegment> data = WasmModule.parse(after).data();
        assertEquals(1, data.size());
        assertEquals(301L, data.get(0).constantOffset().getAsLong());
    }

    @Test
    void signedOffsetsRoundTrip() {
        DataSegment s = DataSegment.active(0, 40000, new byte[] {1});
        assertEquals(40000L, s.constantOffset().getAsLong());
        assertEquals(
                63L, DataSegment.active(0, 63, new byte[] {1}).constantOffset().getAsLong());
        assertEquals(
                64L, DataSegment.active(0, 64, new byte[] {1}).constantOffset().getAsLong());
    }
}
