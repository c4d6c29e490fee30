package dev.javapdk.pipeline.check;

import static dev.javapdk.fixtures.TestWasm.I32;
import static dev.javapdk.fixtures.TestWasm.bytes;
import static dev.javapdk.fixtures.TestWasm.i32;
import static dev.javapdk.fixtures.TestWasm.module;
import static dev.javapdk.fixtures.TestWasm.t;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.fixtures.TestWasm;
import dev.javapdk.pipeline.BuildException;
import org.junit.jupiter.api.Test;

/** Every module the build writes is validated; an invalid one fails the build with a clear message. */
class ModuleValidatorTest {
    private static byte[] withBody(byte[] code) {
        TestWasm.Builder b = module();
        int run = b.type(t(), t(I32));
        int f = b.function("run", run, code);
        return b.memory(1, 2).exportFunction("run", f).export("memory", 2, 0).build();
    }

    @Test
    void validModulePasses() {
        assertDoesNotThrow(() -> ModuleValidator.validate(withBody(i32(7))));
    }

    /**
     * The shape TeaVM 0.13.1 wrote for a non-void method ending in a loop without exit: the loop
     * falls through to the end of an i32 function with nothing on the stack.
     */
    @Test
    void functionEndingWithoutItsResultFails() {
        byte[] loopWithoutExit = bytes(0x03, 0x40, 0x0C, 0x00, 0x0B); // loop (br 0) end
        BuildException e =
                assertThrows(BuildException.class, () -> ModuleValidator.validate(withBody(loopWithoutExit)));
        assertTrue(e.getMessage().startsWith("the compiled module is not valid WebAssembly"), e.getMessage());
        assertTrue(e.getMessage().contains("type mismatch"), e.getMessage());
    }

    @Test
    void malformedBytesFail() {
        BuildException e = assertThrows(
                BuildException.class, () -> ModuleValidator.validate(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}));
        assertTrue(e.getMessage().startsWith("the compiled module is not valid WebAssembly"), e.getMessage());
    }
}
