package dev.javapdk.runtime;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;

/**
 * The error of a call to an instance that {@link CallGuard} refuses. Managed (it reads a String) but
 * allocation-free: the heap it must not touch may be inconsistent.
 */
final class Refusal {
    /** The error every call gets once the instance is refused. */
    static final String RELOAD_MESSAGE = "java.lang.InternalError: an earlier call of this plug-in was stopped "
            + "while its memory manager was running, so its heap may be inconsistent; the instance must be reloaded";

    private Refusal() {}

    static int report() {
        Kernel.errorSet(Bulk.allocateLatin1(RELOAD_MESSAGE));
        return 1;
    }
}
