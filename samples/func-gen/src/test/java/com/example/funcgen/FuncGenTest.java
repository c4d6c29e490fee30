package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.funcgen.FuncGenException.Kind;
import dev.javapdk.pipeline.BuildException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How build problems reach the user, without running a build. */
class FuncGenTest {
    private static final String MISSING_SOCKET = "a call to something the wasm target can't provide: Class"
            + " java.net.Socket was not found. TeaVM's class library has no implementation of it.\n"
            + "    at funcgen.generated.Generated.apply(Generated.java:3)\n"
            + "    at funcgen.generated.Function.run(Function.java:5)";

    @Test
    void targetProblemsAreUnsupportedOnceEachWithLinesOfTheGeneratedCode() {
        String other = MISSING_SOCKET.replace("Generated.java:3", "Generated.java:5");
        FuncGenException e = FuncGen.buildFailure(new BuildException(List.of(MISSING_SOCKET, other, MISSING_SOCKET)));
        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertEquals(
                "the generated code uses what a plug-in cannot have (files, sockets, threads, reflection, clocks...):\n"
                        + "1) "
                        + MISSING_SOCKET.replace("(Generated.java:3)", "(line 2 of the generated code)")
                        + "\n2) "
                        + MISSING_SOCKET.replace("(Generated.java:3)", "(line 4 of the generated code)"),
                e.getMessage());
    }

    @Test
    void otherProblemsAreBuildErrorsInTheBuildsWords() {
        FuncGenException e = FuncGen.buildFailure(new BuildException("TeaVM problem: something odd."));
        assertEquals(Kind.BUILD, e.kind());
        assertEquals("the plug-in build failed:\nTeaVM problem: something odd.", e.getMessage());
    }

    @Test
    void anEmptyDescriptionIsRefusedBeforeAskingTheLlm() {
        FuncGen funcGen = new FuncGen(null, FuncGen.Options.defaults());
        FuncGenException e = assertThrows(FuncGenException.class, () -> funcGen.generate(" \n"));
        assertEquals("the description is empty: say what the function should do", e.getMessage());
    }

    @Test
    void optionsSayWhatIsOutOfRange() {
        IllegalArgumentException heap = assertThrows(
                IllegalArgumentException.class, () -> FuncGen.Options.defaults().withMaxHeapMb(1));
        assertEquals("maxHeapMb must be between 2 and 2047, got 1", heap.getMessage());
        IllegalArgumentException time = assertThrows(
                IllegalArgumentException.class, () -> FuncGen.Options.defaults().withTimeoutMillis(0));
        assertEquals("timeoutMillis must be positive, got 0", time.getMessage());
    }
}
