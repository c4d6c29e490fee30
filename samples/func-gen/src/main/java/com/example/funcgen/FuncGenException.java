package com.example.funcgen;

/**
 * A request func-gen could not answer. {@link #kind()} says at which step it failed; the message
 * says what was wrong and where (the line of the generated method, the class the wasm target
 * lacks, the plug-in's exception). Nothing is left running or half-built afterwards: the same
 * {@link FuncGen} and, for errors of a call, the same {@link GeneratedFunction} serve the next
 * request.
 *
 * <pre>{@code
 * try {
 *     System.out.println(funcGen.generate(description).run(input));
 * } catch (FuncGenException e) {
 *     System.err.println(e.kind() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class FuncGenException extends Exception {

    /** The step that failed. */
    public enum Kind {
        /** The chat endpoint could not be reached, refused the request or answered something unreadable. */
        LLM,
        /** The answer holds no {@code public static String name(String input)} method. */
        NO_METHOD,
        /** javac rejected the generated code. */
        COMPILE,
        /** The code uses what the sandbox forbids or the wasm target lacks (files, sockets, threads, …). */
        UNSUPPORTED,
        /** The plug-in could not be built or loaded for another reason. */
        BUILD,
        /** The generated method threw (including {@code OutOfMemoryError}); the plug-in's message. */
        FAILED,
        /** The plug-in trapped (for example the host refused to grow its memory). */
        TRAP,
        /** The call ran past the time limit and was stopped. */
        TIMEOUT
    }

    private final Kind kind;

    public FuncGenException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FuncGenException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
