package dev.javapdk.pipeline.rewrite;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What {@link WasmRewriter} keeps.
 *
 * <pre>{@code
 * RewriteOptions options = RewriteOptions.keepExports("greet", "count").withNameSection(true);
 * }</pre>
 *
 * @param keepExports          export names to keep; all others are removed, except that a memory
 *                             exported as "memory" is always kept
 * @param keepNameSection      keep the "name" custom section (renumbered); default false
 * @param keepCustomSections   other custom sections to keep verbatim (their contents are not
 *                             renumbered, so don't list ones that hold function indices); by
 *                             default every custom section is removed; "name" here means
 *                             {@code keepNameSection}
 * @param removeDeadFunctions  remove functions, imported or defined, that no kept export, start
 *                             function, element segment or {@code ref.func} can reach; default true
 * @param packData             split active data segments at long runs of zeros and drop the zeros
 *                             (the module's own memory starts zeroed); default true
 */
public record RewriteOptions(
        Set<String> keepExports,
        boolean keepNameSection,
        Set<String> keepCustomSections,
        boolean removeDeadFunctions,
        boolean packData) {

    public RewriteOptions {
        keepExports = Set.copyOf(keepExports);
        keepCustomSections = Set.copyOf(keepCustomSections);
    }

    /** Keep these exports (plus "memory"), strip custom sections, remove dead functions. */
    public static RewriteOptions keepExports(Collection<String> names) {
        return new RewriteOptions(Set.copyOf(names), false, Set.of(), true, true);
    }

    /** Same as {@link #keepExports(Collection)}. */
    public static RewriteOptions keepExports(String... names) {
        return keepExports(List.of(names));
    }

    /** Keep (and renumber) the "name" section, for readable stack traces. */
    public RewriteOptions withNameSection(boolean keep) {
        return new RewriteOptions(keepExports, keep, keepCustomSections, removeDeadFunctions, packData);
    }

    /** Keep these custom sections verbatim (replaces any earlier list). */
    public RewriteOptions withCustomSections(String... names) {
        return new RewriteOptions(keepExports, keepNameSection, Set.of(names), removeDeadFunctions, packData);
    }

    /** Turn dead-function removal on or off; exports and custom sections are filtered either way. */
    public RewriteOptions withDeadFunctionRemoval(boolean remove) {
        return new RewriteOptions(keepExports, keepNameSection, keepCustomSections, remove, packData);
    }

    /** Turn memory packing (zero runs cut out of data segments) on or off. */
    public RewriteOptions withDataPacking(boolean pack) {
        return new RewriteOptions(keepExports, keepNameSection, keepCustomSections, removeDeadFunctions, pack);
    }
}
