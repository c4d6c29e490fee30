package com.example.funcgen;

import com.example.funcgen.FuncGenException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LLM's answer turned into Java sources: the code taken out of its markdown fence, put in a
 * class of its own ({@code Generated}), and a wrapper class whose one export calls it.
 *
 * <p>The generated source keeps the answer's line numbers plus one: line 1 holds the package and
 * the {@code java.util} import, the class opens on the answer's first line after its imports, so a
 * javac or TeaVM error at line {@code L} of {@code Generated.java} is at line {@code L - 1} of the
 * code shown to the user.
 *
 * @param code        the code as the model wrote it, out of its fence (what line numbers refer to)
 * @param methodName  the {@code public static String name(String)} method the export calls
 * @param owner       the class holding it, relative to the package: {@code Generated} or a class
 *                    the answer declared, nested in it
 * @param source      {@code Generated.java}
 * @param wrapper     {@code Function.java}, the class with the {@code @Export}
 */
record GeneratedCode(String code, String methodName, String owner, String source, String wrapper) {
    static final String PACKAGE = "funcgen.generated";
    static final String CLASS = "Generated";
    static final String WRAPPER = "Function";
    /** The export every generated plug-in has. */
    static final String EXPORT = "run";
    /** Lines of Generated.java before the answer's first line. */
    static final int HEADER_LINES = 1;

    private static final Pattern FENCE =
            Pattern.compile("```[ \\t]*([\\w+#.-]*)[^\\n]*\\n(.*?)(?:```|\\z)", Pattern.DOTALL);
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?:public\\s+static|static\\s+public)\\s+(?:final\\s+)?String\\s+(\\w+)\\s*\\(\\s*(?:final\\s+)?String\\s+\\w+\\s*\\)");
    private static final Pattern IMPORT_OR_BLANK =
            Pattern.compile("\\s*(?:(?:import|package)\\s+[\\w.]+(?:\\.\\*)?\\s*;\\s*)*(?://.*)?");
    private static final Pattern CLASS_HEADER =
            Pattern.compile("^(\\s*)(?:(?:public|protected|private|final|abstract|static)\\s+)*class\\s+(\\w+)");

    /** Extracts the code from {@code answer} and builds the two sources around it. */
    static GeneratedCode from(String answer, String preferredName) throws FuncGenException {
        String code = extractCode(answer);
        List<String> lines = new ArrayList<>(code.lines().toList());
        int first = 0;
        while (first < lines.size() && IMPORT_OR_BLANK.matcher(lines.get(first)).matches()) {
            first++;
        }
        if (first == lines.size()) {
            throw noMethod(answer, preferredName);
        }
        // A package line would put the class elsewhere: blank it, keeping the line count.
        for (int i = 0; i < first; i++) {
            if (lines.get(i).strip().startsWith("package ")) {
                lines.set(i, "");
            }
        }
        String owner = CLASS;
        Matcher header = CLASS_HEADER.matcher(lines.get(first));
        String opening = "public final class " + CLASS + " { ";
        if (header.find()) {
            // The model wrote a whole class: nest it, static, so its methods are reachable as Generated.X.m.
            owner = CLASS + "." + header.group(2);
            lines.set(first, header.replaceFirst("$1public static class $2"));
        }
        lines.set(first, opening + lines.get(first));

        Matcher signature = SIGNATURE.matcher(code);
        String name = null;
        while (signature.find()) {
            if (name == null || signature.group(1).equals(preferredName)) {
                name = signature.group(1);
            }
        }
        if (name == null) {
            throw noMethod(answer, preferredName);
        }
        String source = "package " + PACKAGE + "; import java.util.*;\n" + String.join("\n", lines) + "\n}\n";
        String wrapper = "package " + PACKAGE + ";\n"
                + "public final class " + WRAPPER + " {\n"
                + "    @dev.javapdk.pdk.Export(name = \"" + EXPORT + "\")\n"
                + "    public static String " + EXPORT + "(String input) {\n"
                + "        return " + owner + "." + name + "(input);\n"
                + "    }\n"
                + "}\n";
        return new GeneratedCode(code, name, owner, source, wrapper);
    }

    /**
     * The code in the answer: the fenced block that declares the method (or the first fenced
     * block), up to the closing fence or the end of a truncated answer; the whole answer if it has
     * no fence.
     */
    static String extractCode(String answer) {
        Matcher fence = FENCE.matcher(answer);
        String first = null;
        while (fence.find()) {
            String block = fence.group(2);
            if (SIGNATURE.matcher(block).find()) {
                return stripTrailingNewlines(block);
            }
            if (first == null) {
                first = block;
            }
        }
        return stripTrailingNewlines(first != null ? first : answer.strip());
    }

    /** The code's line {@code line} (1-based), or empty if out of range. */
    String codeLine(int line) {
        List<String> lines = code.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
    }

    private static String stripTrailingNewlines(String text) {
        return text.replaceAll("\\s+\\z", "");
    }

    private static FuncGenException noMethod(String answer, String preferredName) {
        String excerpt = answer.strip();
        if (excerpt.length() > 400) {
            excerpt = excerpt.substring(0, 400) + "…";
        }
        return new FuncGenException(
                Kind.NO_METHOD,
                "the answer has no method of the form `public static String " + preferredName
                        + "(String input)`; it was:\n" + excerpt);
    }
}
