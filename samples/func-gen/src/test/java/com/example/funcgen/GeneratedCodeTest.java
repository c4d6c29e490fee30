package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.funcgen.FuncGenException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedCodeTest {

    @Test
    void takesTheCodeOutOfItsFenceAndLeavesTheProse() throws Exception {
        GeneratedCode code = GeneratedCode.from(Answers.REVERSE_FENCED, "apply");
        assertTrue(code.code().startsWith("import java.util.Locale;\n\npublic static String apply"), code.code());
        assertTrue(code.code().endsWith("return text.toUpperCase(Locale.ROOT);\n}"), code.code());
        assertEquals("apply", code.methodName());
        assertEquals("Generated", code.owner());
        assertTrue(code.wrapper().contains("return Generated.apply(input);"), code.wrapper());
    }

    @Test
    void keepsTheAnswersLineNumbersPlusTheHeader() throws Exception {
        GeneratedCode code = GeneratedCode.from(Answers.REVERSE_FENCED, "apply");
        List<String> source = code.source().lines().toList();
        List<String> lines = code.code().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String generated = source.get(i + GeneratedCode.HEADER_LINES);
            assertTrue(generated.endsWith(lines.get(i)), "line " + (i + 1) + ": " + generated);
        }
        assertEquals("return shout(new StringBuilder(input.strip()).reverse().toString());", code.codeLine(7));
    }

    @Test
    void picksTheFencedBlockThatDeclaresTheMethod() throws Exception {
        String answer = "Call it like this:\n```\nSystem.out.println(reverse(\"abc\"));\n```\nThe method:\n"
                + "```Java\npublic static String reverse(String s) {\n    return s;\n}\n```\n";
        GeneratedCode code = GeneratedCode.from(answer, "apply");
        assertEquals("public static String reverse(String s) {\n    return s;\n}", code.code());
        assertEquals("reverse", code.methodName());
    }

    @Test
    void acceptsAnAnswerCutOffBeforeItsClosingFence() throws Exception {
        GeneratedCode code =
                GeneratedCode.from("```java\nstatic public String apply(final String in) { return in; }\n", "apply");
        assertEquals("static public String apply(final String in) { return in; }", code.code());
    }

    @Test
    void prefersTheRequestedNameAmongSeveralCandidates() throws Exception {
        String answer = "public static String helper(String s) { return s.trim(); }\n"
                + "public static String apply(String input) { return helper(input); }\n";
        assertEquals("apply", GeneratedCode.from(answer, "apply").methodName());
        assertEquals("helper", GeneratedCode.from(answer, "other").methodName());
    }

    @Test
    void nestsAWholeClassAndCallsItsMethod() throws Exception {
        String answer = "```java\nimport java.util.*;\n\npublic class Solution {\n"
                + "    public static String apply(String input) { return input + input; }\n}\n```";
        GeneratedCode code = GeneratedCode.from(answer, "apply");
        assertEquals("Generated.Solution", code.owner());
        assertTrue(
                code.source().contains("public final class Generated { public static class Solution {"), code.source());
        assertTrue(code.wrapper().contains("return Generated.Solution.apply(input);"), code.wrapper());
    }

    @Test
    void anAnswerWithoutTheMethodSaysWhatWasExpected() {
        FuncGenException e =
                assertThrows(FuncGenException.class, () -> GeneratedCode.from("I cannot help with that.", "apply"));
        assertEquals(Kind.NO_METHOD, e.kind());
        assertTrue(e.getMessage().contains("`public static String apply(String input)`"), e.getMessage());
        assertTrue(e.getMessage().endsWith("I cannot help with that."), e.getMessage());

        FuncGenException wrongType = assertThrows(
                FuncGenException.class,
                () -> GeneratedCode.from("```java\npublic static int apply(String input) { return 1; }\n```", "apply"));
        assertEquals(Kind.NO_METHOD, wrongType.kind());
    }
}
