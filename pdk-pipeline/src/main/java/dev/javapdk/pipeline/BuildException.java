package dev.javapdk.pipeline;

import java.util.List;

/**
 * The plug-in cannot be built; each problem names the class and method and says what to do.
 */
public class BuildException extends Exception {
    private final List<String> problems;

    public BuildException(List<String> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public BuildException(String problem) {
        this(List.of(problem));
    }

    public BuildException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem, one paragraph apiece. */
    public List<String> problems() {
        return problems;
    }

    private static String render(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder text = new StringBuilder(problems.size() + " problems:");
        for (int i = 0; i < problems.size(); i++) {
            text.append("\n").append(i + 1).append(") ").append(problems.get(i));
        }
        return text.toString();
    }
}
