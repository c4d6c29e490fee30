package dev.javapdk.pipeline.json;

import java.util.List;

/**
 * A Java type as the JSON binding sees it, resolved at build time: what the generated reader and
 * writer for it must do. Generic parameters are resolved, so {@code List<Item>} and
 * {@code List<String>} are different types with different codecs.
 */
public sealed interface JsonType {

    /** Java source spelling of the type, e.g. {@code java.util.List<com.example.Item>}. */
    String javaName();

    /** A key that identifies the type for codec sharing. */
    default String key() {
        return javaName();
    }

    /** Strings, numbers, booleans and chars, boxed or primitive. */
    record Scalar(Kind kind, boolean primitive) implements JsonType {
        public enum Kind {
            STRING("String", "String"),
            BOOLEAN("boolean", "Boolean"),
            BYTE("byte", "Byte"),
            SHORT("short", "Short"),
            INT("int", "Integer"),
            LONG("long", "Long"),
            FLOAT("float", "Float"),
            DOUBLE("double", "Double"),
            CHAR("char", "Character");

            final String primitiveName;
            final String boxedName;

            Kind(String primitiveName, String boxedName) {
                this.primitiveName = primitiveName;
                this.boxedName = boxedName;
            }
        }

        @Override
        public String javaName() {
            return primitive ? kind.primitiveName : "java.lang." + kind.boxedName;
        }
    }

    /** {@code Object}: any JSON value, as the tree ({@code Map}, {@code List}, scalars). */
    record Any() implements JsonType {
        @Override
        public String javaName() {
            return "java.lang.Object";
        }
    }

    /** An enum, written with {@code toString()} and read back by it, as Jackson-jr does. */
    record EnumType(String className) implements JsonType {
        @Override
        public String javaName() {
            return className;
        }
    }

    /** {@code List}, {@code Collection}, {@code Set} or a concrete collection class. */
    record CollectionType(String container, String implementation, JsonType element) implements JsonType {
        @Override
        public String javaName() {
            return container + "<" + element.javaName() + ">";
        }
    }

    /** {@code T[]}. */
    record ArrayType(JsonType element) implements JsonType {
        @Override
        public String javaName() {
            return element.javaName() + "[]";
        }
    }

    /** {@code Map<String, V>} (or a concrete map class). */
    record MapType(String container, String implementation, JsonType value) implements JsonType {
        @Override
        public String javaName() {
            return container + "<java.lang.String, " + value.javaName() + ">";
        }
    }

    /** {@code Optional<T>}: empty is null or absent. */
    record OptionalType(JsonType value) implements JsonType {
        @Override
        public String javaName() {
            return "java.util.Optional<" + value.javaName() + ">";
        }
    }

    /**
     * A record or POJO. Properties are in Jackson-jr's order (alphabetical). {@code key} includes
     * resolved type arguments.
     */
    final class Bean implements JsonType {
        private final String className;
        private final String javaName;
        private final boolean record;
        private List<Property> properties = List.of();

        Bean(String className, String javaName, boolean record) {
            this.className = className;
            this.javaName = javaName;
            this.record = record;
        }

        public String className() {
            return className;
        }

        @Override
        public String javaName() {
            return javaName;
        }

        public boolean isRecord() {
            return record;
        }

        public List<Property> properties() {
            return properties;
        }

        void properties(List<Property> value) {
            properties = List.copyOf(value);
        }

        @Override
        public String toString() {
            return "Bean[" + javaName + "]";
        }
    }

    /**
     * One property of a bean.
     *
     * @param name        the JSON name
     * @param type        its type
     * @param getter      Java expression reading it from {@code v}, e.g. {@code v.name()}, or null if write-only
     * @param setter      how to set it: a field name ({@code field:x}), a setter ({@code method:setX}),
     *                    a record component index ({@code ctor:2}), or null if read-only
     */
    record Property(String name, JsonType type, String getter, String setter) {}
}
