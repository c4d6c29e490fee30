package com.example.funcgen;

/** Canned LLM answers, each as a model might write it. */
final class Answers {
    private Answers() {}

    /** Good code, no fence. */
    static final String COUNT_VOWELS = """
            public static String apply(String input) {
                int count = 0;
                for (int i = 0; i < input.length(); i++) {
                    if ("aeiouAEIOU".indexOf(input.charAt(i)) >= 0) {
                        count++;
                    }
                }
                return Integer.toString(count);
            }
            """;

    /** Good code in a markdown fence, with prose around it, an import and a helper. */
    static final String REVERSE_FENCED = """
            Sure! Here is a method that reverses its input and capitalises it:

            ```java
            import java.util.Locale;

            public static String apply(String input) {
                if (input.isBlank()) {
                    throw new IllegalArgumentException("nothing to reverse");
                }
                return shout(new StringBuilder(input.strip()).reverse().toString());
            }

            private static String shout(String text) {
                return text.toUpperCase(Locale.ROOT);
            }
            ```

            It strips the input, reverses it with a StringBuilder and upper-cases the result.
            """;

    /** Does not compile: an undefined variable on line 3 of the code. */
    static final String DOES_NOT_COMPILE = """
            ```java
            public static String apply(String input) {
                int count = 0;
                return Integer.toString(count + missing);
            }
            ```
            """;

    /** Forgets to advance its index: loops forever on any non-empty input. */
    static final String ENDLESS_LOOP = """
            ```java
            public static String apply(String input) {
                int words = 0;
                int i = 0;
                while (i < input.length()) {
                    if (input.charAt(i) == ' ') {
                        words++;
                    }
                }
                return Integer.toString(words);
            }
            ```
            """;

    /** Asks for 8 MB per input character: a long input needs more than any sandbox heap. */
    static final String HUGE_ALLOCATION = """
            ```java
            public static String apply(String input) {
                long[] table = new long[input.length() * 1_000_000];
                return Integer.toString(table.length);
            }
            ```
            """;

    /** A factorial without a base case: a StackOverflowError past the PDK's 800 frames. */
    static final String ENDLESS_RECURSION = """
            ```java
            public static String apply(String input) {
                return input.isEmpty() ? "1" : Long.toString(factorial(input.length()));
            }

            private static long factorial(long n) {
                return n * factorial(n - 1);
            }
            ```
            """;

    /** Reads a file. */
    static final String READS_A_FILE = """
            ```java
            import java.io.*;
            import java.nio.file.*;

            public static String apply(String input) {
                try {
                    return Files.readString(Path.of(input));
                } catch (IOException e) {
                    return e.toString();
                }
            }
            ```
            """;

    /** Opens a socket. */
    static final String OPENS_A_SOCKET = """
            ```java
            public static String apply(String input) {
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", 80)) {
                    return socket.getInetAddress().toString();
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            }
            ```
            """;

    /** Reaches for the PDK's HTTP capability by its full name. */
    static final String USES_PDK_HTTP = """
            ```java
            public static String apply(String input) {
                return dev.javapdk.pdk.Http.send(dev.javapdk.pdk.HttpRequest.get(input)).text();
            }
            ```
            """;
}
