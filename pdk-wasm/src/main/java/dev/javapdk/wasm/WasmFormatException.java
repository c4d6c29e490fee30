package dev.javapdk.wasm;

/**
 * Thrown when bytes are not a well-formed wasm 1.0 module (or use a feature this package does not
 * understand). The message says what was wrong and at which byte offset of the input.
 *
 * <pre>{@code
 * try {
 *     WasmModule.parse(bytes);
 * } catch (WasmFormatException e) {
 *     System.err.println(e.getMessage() + " (offset " + e.offset() + ")");
 * }
 * }</pre>
 */
public class WasmFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /** @param problem what was wrong, phrased so that "at byte N" can follow it */
    public WasmFormatException(String problem, int offset) {
        this(offset, problem + " at byte " + offset);
    }

    private WasmFormatException(int offset, String message) {
        super("invalid wasm: " + message);
        this.offset = offset;
    }

    /** For problems whose description already names the byte offset(s) involved. */
    static WasmFormatException described(String message, int offset) {
        return new WasmFormatException(offset, message);
    }

    /** The byte offset in the input where the problem was found. */
    public int offset() {
        return offset;
    }
}
