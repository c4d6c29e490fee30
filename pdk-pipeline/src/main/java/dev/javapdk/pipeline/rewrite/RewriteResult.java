package dev.javapdk.pipeline.rewrite;

import dev.javapdk.wasm.WasmImport;
import java.util.List;

/**
 * Outcome of {@link WasmRewriter#rewrite}: the new module and what was taken out of it.
 *
 * <pre>{@code
 * RewriteResult r = WasmRewriter.rewrite(wasm, RewriteOptions.keepExports("greet"));
 * if (!r.missingExports().isEmpty()) { ... }
 * System.out.println(r.summary());   // wasm 1,234 -> 987 bytes: removed 3 export(s), ...
 * }</pre>
 *
 * @param wasm             the rewritten module
 * @param removedExports   names of the exports removed, in their original order
 * @param removedImports   function imports removed because nothing reachable calls them
 * @param removedFunctions number of defined (non-imported) functions removed
 * @param missingExports   requested export names the module does not have (sorted); callers
 *                         usually treat these as an error
 * @param sizeBefore       input size in bytes
 * @param sizeAfter        output size in bytes
 */
public record RewriteResult(
        byte[] wasm,
        List<String> removedExports,
        List<WasmImport> removedImports,
        int removedFunctions,
        List<String> missingExports,
        int sizeBefore,
        int sizeAfter) {

    public RewriteResult {
        removedExports = List.copyOf(removedExports);
        removedImports = List.copyOf(removedImports);
        missingExports = List.copyOf(missingExports);
    }

    /** One line for a build log. */
    public String summary() {
        return String.format(
                "wasm %,d -> %,d bytes: removed %d export(s), %d import(s), %d function(s)",
                sizeBefore, sizeAfter, removedExports.size(), removedImports.size(), removedFunctions);
    }
}
