package dev.javapdk.build;

/**
 * One {@code @Export}-annotated method found in the plug-in's classes.
 *
 * @param exportName the name hosts call
 * @param className  the declaring class, binary name with dots
 * @param methodName the Java method
 * @param descriptor the JVM method descriptor
 * @param input      what the method takes
 * @param output     what the method returns
 * @param location   {@code Class.method(File.java:line)} for messages
 */
public record ExportedFunction(String exportName, String className, String methodName, String descriptor,
                               Input input, Output output, String location) {

    /** What an exported method takes. */
    public enum Input {
        NONE("()"), BYTES("(byte[])"), STRING("(String)");

        final String javaText;

        Input(String javaText) {
            this.javaText = javaText;
        }
    }

    /** What an exported method returns. */
    public enum Output {
        VOID("void"), BYTES("byte[]"), STRING("String"), STATUS("int");

        final String javaText;

        Output(String javaText) {
            this.javaText = javaText;
        }
    }

    /** {@code String greet(String)}: the Java signature, as a user wrote it. */
    public String javaSignature() {
        return output.javaText + " " + methodName + input.javaText;
    }
}
