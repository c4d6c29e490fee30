package dev.javapdk.wasm;

import java.util.OptionalLong;

/**
 * A data segment. {@code flags} 0 is active on memory 0, 1 passive, 2 active with an explicit
 * memory index.
 *
 * <pre>{@code
 * DataSegment s = module.data().get(0);
 * s.constantOffset();                            // OptionalLong[256] for "i32.const 256"
 * DataSegment moved = DataSegment.active(0, 1024, bytes);
 * }</pre>
 *
 * @param flags  0, 1 or 2
 * @param memory the memory index (0 unless {@code flags} is 2)
 * @param offset the offset constant expression as read, {@code end} included; empty for a passive segment
 * @param bytes  the initial bytes
 */
public record DataSegment(int flags, int memory, byte[] offset, byte[] bytes) {
    private static final int I32_CONST = 0x41;
    private static final int END = 0x0B;

    public DataSegment {
        if (flags < 0 || flags > 2 || (flags == 1) != (offset.length == 0) || flags != 2 && memory != 0) {
            throw new IllegalArgumentException("data segment flags " + flags + " with memory " + memory + " and a "
                    + offset.length + "-byte offset expression");
        }
        offset = offset.clone();
        bytes = bytes.clone();
    }

    /** An active segment at a constant offset ({@code i32.const offset}), with flags 0 for memory 0. */
    public static DataSegment active(int memory, int offset, byte[] bytes) {
        ByteWriter w = new ByteWriter().u8(I32_CONST);
        w.s32(offset);
        w.u8(END);
        return new DataSegment(memory == 0 ? 0 : 2, memory, w.toByteArray(), bytes);
    }

    /** Whether the segment is passive (copied only by {@code memory.init}). */
    public boolean isPassive() {
        return flags == 1;
    }

    /** The offset if it is a plain {@code i32.const}, as an unsigned address; empty otherwise. */
    public OptionalLong constantOffset() {
        if (offset.length < 3 || (offset[0] & 0xFF) != I32_CONST || (offset[offset.length - 1] & 0xFF) != END) {
            return OptionalLong.empty();
        }
        ByteReader r = new ByteReader(offset, 1, offset.length - 1, "data offset");
        long value = r.s32();
        return r.atEnd() ? OptionalLong.of(value & 0xFFFF_FFFFL) : OptionalLong.empty();
    }

    @Override
    public byte[] offset() {
        return offset.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Number of initial bytes, without copying them. */
    public int length() {
        return bytes.length;
    }

    /** Writes the segment in the binary format. */
    void write(ByteWriter w) {
        w.u32(flags);
        if (flags == 2) {
            w.u32(memory);
        }
        w.bytes(offset).u32(bytes.length).bytes(bytes);
    }
}
