package dev.javapdk.pipeline.glue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.pdk.internal.ExportSupport;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The glue names pdk-api's methods through the classes themselves, so a rename cannot go unnoticed. */
class GlueGeneratorTest {
    @Test
    void resolvesTheMethodsItCalls() throws Exception {
        Method fail = GlueGenerator.api(ExportSupport.class, "fail", Throwable.class);
        assertEquals(int.class, fail.getReturnType());
    }

    @Test
    void aMissingMethodIsAClearError() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> GlueGenerator.api(ExportSupport.class, "renamedAway"));
        assertTrue(
                e.getMessage().contains("pdk-api lacks dev.javapdk.pdk.internal.ExportSupport.renamedAway"),
                e.getMessage());
    }
}
