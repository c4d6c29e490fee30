package dev.javapdk.pipeline.check;

import java.util.List;

/**
 * Problems found by {@link ModuleCheck}, each a sentence naming the import or export concerned.
 *
 * <pre>{@code
 * CheckResult result = ModuleCheck.check(wasm, CheckPolicy.extism());
 * if (!result.ok()) { result.problems().forEach(System.err::println); }
 * }</pre>
 */
public record CheckResult(List<String> problems) {

    public CheckResult {
        problems = List.copyOf(problems);
    }

    /** True if there are no problems. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** Throws a {@link ModuleCheckException} listing every problem, unless there are none. */
    public CheckResult orThrow() {
        if (!ok()) {
            throw new ModuleCheckException(problems);
        }
        return this;
    }
}
