package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compiled-code cache uses Chicory internals: an upgrade must be checked before it is trusted. */
class CompiledCodeCacheVersionTest {
    @Test
    void cacheIsOnlyUsedWithTheTestedChicory() {
        assertEquals(
                CompiledCodeCache.TESTED_CHICORY,
                CompiledCodeCache.chicoryVersion(),
                "Chicory changed: check CompiledCodeCache against com.dylibso.chicory.compiler.internal of the new "
                        + "version (ChicoryHostTest's cache tests), then move TESTED_CHICORY");
        assertTrue(CompiledCodeCache.ENABLED);
    }
}
