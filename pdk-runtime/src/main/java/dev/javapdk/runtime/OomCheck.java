package dev.javapdk.runtime;

import org.teavm.runtime.JavaPdkGc;

/**
 * The managed half of "out of memory as an exception": the build ({@code OomPollTransformer}) calls
 * {@link #poll()} after every allocation in managed code; it throws once the GC has flagged that the
 * heap is exhausted. A managed call is a point where TeaVM's exception mechanism works (the allocator
 * itself is unmanaged: its call sites are not checked for exceptions).
 */
public final class OomCheck {
    private OomCheck() {}

    public static void poll() {
        if (JavaPdkGc.oomPending) {
            JavaPdkGc.oomPending = false;
            throw new OutOfMemoryError("Java heap space: the plug-in's heap limit was reached");
        }
    }
}
