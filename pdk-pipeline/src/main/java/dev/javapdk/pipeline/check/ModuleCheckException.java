package dev.javapdk.pipeline.check;

import java.util.List;

/**
 * A module broke the rules of a {@link CheckPolicy}; the message lists every problem, one a line.
 *
 * <pre>{@code
 * try {
 *     ModuleCheck.check(wasm, CheckPolicy.extism()).orThrow();
 * } catch (ModuleCheckException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public class ModuleCheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ModuleCheckException(List<String> problems) {
        super("the wasm module is not a valid Extism plug-in:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
