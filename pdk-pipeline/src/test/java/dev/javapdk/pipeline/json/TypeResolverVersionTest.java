package dev.javapdk.pipeline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** TypeResolver uses Jackson-jr internals (ob.impl): an upgrade must be checked before it is trusted. */
class TypeResolverVersionTest {
    @Test
    void jacksonJrIsTheTestedVersion() {
        assertEquals(
                TypeResolver.TESTED_JACKSON_JR,
                TypeResolver.jacksonJrVersion(),
                "Jackson-jr changed: check TypeResolver's use of ob.impl (JsonBindingTest and the JSON differential "
                        + "tests), then move TESTED_JACKSON_JR");
    }
}
