package dev.javapdk.pipeline.scan;

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
public record ExportedFunction(
        String exportName,
        String className,
        String methodName,
        String descriptor,
        Input input,
        Output output,
        String location) {

    /** What an exported method takes. */
    public enum Input {
        NONE("()"),
        BYTES("(byte[])"),
        STRING("(String)"),
        /** Any other single parameter: the input is a JSON document bound to it. */
        JSON("(json)");

        final String javaText;

        Input(String javaText) {
            this.javaText = javaText;
        }
    }

    /** What an exported method returns. */
    public enum Output {
        VOID("void"),
        BYTES("byte[]"),
        STRING("String"),
        STATUS("int"),
        /** Any other reference type: the output is it, written as JSON. */
        JSON("json");

        final String javaText;

        Output(String javaText) {
            this.javaText = javaText;
        }
    }

    /** {@code String greet(String)}: the Java signature, as a user wrote it. */
    public String javaSignature() {
        org.objectweb.asm.Type type = org.objectweb.asm.Type.getMethodType(descriptor);
        String params = input == Input.NONE ? "()" : "(" + simple(type.getArgumentTypes()[0]) + ")";
        return simple(type.getReturnType()) + " " + methodName + params;
    }

    /** The JVM descriptor of the parameter, e.g. {@code Lcom/example/Req;} (empty if none). */
    public String parameterDescriptor() {
        return descriptor.substring(1, descriptor.indexOf(')'));
    }

    /** The JVM descriptor of the return type. */
    public String returnDescriptor() {
        return descriptor.substring(descriptor.indexOf(')') + 1);
    }

    private static String simple(org.objectweb.asm.Type type) {
        String name = type.getClassName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
