package dev.javapdk.wasm;

import java.util.List;

/**
 * An element segment. {@code flags} (0..7) select the form: bit 0 passive or declarative, bit 1
 * an explicit table index or declarative, bit 2 expressions instead of function indices.
 *
 * <pre>{@code
 * ElementSegment s = module.elements().get(0);
 * List<Integer> table = s.functions();   // for flags 0..3
 * }</pre>
 *
 * @param prefix    the bytes between the flags and the element vector, kept as read: table index,
 *                  offset expression and element kind or reference type, as the flags say (none of
 *                  them names a function)
 * @param functions the function indices (flags 0..3), else null
 * @param exprs     the constant expressions (flags 4..7), else null
 */
public record ElementSegment(int flags, byte[] prefix, List<Integer> functions, List<Code> exprs) {

    public ElementSegment {
        if (flags < 0 || flags > 7 || (functions == null) == (exprs == null) || (flags & 4) == 0 != (exprs == null)) {
            throw new IllegalArgumentException("element segment flags " + flags
                    + " need function indices (0..3) or expressions (4..7), exactly one of them");
        }
        prefix = prefix.clone();
        functions = functions == null ? null : List.copyOf(functions);
        exprs = exprs == null ? null : List.copyOf(exprs);
    }

    /** A segment of function indices: {@code flags} 0..3. */
    public static ElementSegment ofFunctions(int flags, byte[] prefix, List<Integer> functions) {
        return new ElementSegment(flags, prefix, functions, null);
    }

    /** A declarative segment ({@code flags} 3): declares functions for {@code ref.func}, fills no table. */
    public static ElementSegment declarative(List<Integer> functions) {
        return ofFunctions(3, new byte[] {0x00}, functions); // element kind 0x00: funcref
    }

    @Override
    public byte[] prefix() {
        return prefix.clone();
    }

    /** Every function the segment names, by index, directly or through {@code ref.func}. */
    public List<Integer> referencedFunctions() {
        return functions != null
                ? functions
                : exprs.stream()
                        .flatMap(c -> c.functionRefs().stream())
                        .map(Code.FuncRef::function)
                        .toList();
    }

    /** A copy with every function index {@code f} replaced by {@code remap[f]}. */
    public ElementSegment renumber(int[] remap) {
        return functions != null
                ? new ElementSegment(
                        flags, prefix, functions.stream().map(f -> remap[f]).toList(), null)
                : new ElementSegment(
                        flags,
                        prefix,
                        null,
                        exprs.stream().map(c -> c.renumber(remap)).toList());
    }
}
