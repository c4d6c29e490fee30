package dev.javapdk.tests.semantics;

import dev.javapdk.pdk.Export;

/** The plug-in of SemanticsDifferentialIT: {@link Ops} and {@link InitFailure} inside a plug-in. */
public class Semantics {
    /** One batch of one operation; see {@link Ops#batch(String)}. */
    @Export
    public static String run(String request) {
        return Ops.batch(request);
    }

    /** Uses two classes whose static initialisers throw; see {@link InitFailure#touch()}. */
    @Export(name = "static_init")
    public static String staticInit() {
        return InitFailure.touch();
    }
}
