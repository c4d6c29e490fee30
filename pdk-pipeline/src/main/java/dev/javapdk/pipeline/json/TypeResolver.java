package dev.javapdk.pipeline.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.jr.annotationsupport.AnnotationBasedIntrospector;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.PackageVersion;
import com.fasterxml.jackson.jr.ob.impl.BeanPropertyIntrospector;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import com.fasterxml.jackson.jr.ob.impl.POJODefinition;
import dev.javapdk.pipeline.json.JsonType.Scalar.Kind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the Java types reachable from exported functions into {@link JsonType}s, asking
 * Jackson-jr itself which properties a record or POJO has, so that the plug-in's JSON matches what
 * Jackson-jr writes and accepts on a host: the same names, order, renames and ignored properties.
 *
 * <p>Runs on the build JVM with the plug-in's classes loaded (never initialised). A type that cannot
 * be bound is a problem naming the type and the path that reaches it.
 */
public final class TypeResolver {
    /**
     * The Jackson-jr version (major.minor) whose {@code ob.impl} classes (BeanPropertyIntrospector,
     * POJODefinition, JSONReader/JSONWriter) this class was written and tested against. They are
     * not public API, so another version fails the build here rather than binding differently;
     * {@code TypeResolverVersionTest} fails on an upgrade until this is checked and moved.
     */
    static final String TESTED_JACKSON_JR = "2.18";

    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.annotation.";

    private final Map<String, JsonType> resolved = new LinkedHashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final JSONWriter jrWriter;
    private final JSONReader jrReader;

    public TypeResolver() {
        String running = jacksonJrVersion();
        if (!running.equals(TESTED_JACKSON_JR)) {
            throw new IllegalStateException("the JSON binding uses Jackson-jr " + TESTED_JACKSON_JR + ".x internals, "
                    + "but Jackson-jr " + PackageVersion.VERSION + " is on the build's class path: use the "
                    + "jackson-jr-objects version the PDK's pipeline declares");
        }
        JrAccess access = new JrAccess();
        this.jrWriter = access.writer();
        this.jrReader = access.reader();
    }

    /** The running Jackson-jr's major.minor version. */
    static String jacksonJrVersion() {
        return PackageVersion.VERSION.getMajorVersion() + "." + PackageVersion.VERSION.getMinorVersion();
    }

    /** Every problem found so far, one sentence each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every type resolved so far, beans included, by key. */
    public Map<String, JsonType> types() {
        return resolved;
    }

    /**
     * Resolves {@code type}; {@code origin} says what reaches it, e.g.
     * {@code "the parameter of export count_vowels (com.example.Vowels.count)"}.
     */
    public JsonType resolve(Type type, String origin) {
        return resolve(type, Map.of(), origin, "$");
    }

    private JsonType resolve(Type type, Map<String, Type> bindings, String origin, String path) {
        if (type instanceof Class<?> cls) {
            return resolveClass(cls, origin, path);
        }
        if (type instanceof ParameterizedType parameterized) {
            return resolveParameterized(parameterized, bindings, origin, path);
        }
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable.getName());
            if (bound == null) {
                return problem(
                        "type variable " + variable.getName() + " at " + path + " has no concrete type",
                        origin,
                        "use a concrete type argument, e.g. Page<Item> rather than Page<T>");
            }
            return resolve(bound, Map.of(), origin, path);
        }
        if (type instanceof WildcardType wildcard) {
            return resolve(wildcard.getUpperBounds()[0], bindings, origin, path);
        }
        if (type instanceof GenericArrayType array) {
            JsonType element = resolve(array.getGenericComponentType(), bindings, origin, path + "[]");
            return element == null ? null : remember(new JsonType.ArrayType(element));
        }
        return problem("type " + type + " at " + path + " is not supported", origin, null);
    }

    private JsonType resolveClass(Class<?> cls, String origin, String path) {
        JsonType scalar = scalar(cls);
        if (scalar != null) {
            return scalar;
        }
        if (cls == Object.class) {
            return new JsonType.Any();
        }
        if (cls.isArray()) {
            if (cls == byte[].class) {
                return problem(
                        "byte[] at " + path + " is not supported inside JSON (Jackson-jr writes it as " + "base64)",
                        origin,
                        "use a String, or take the raw input as a byte[] parameter");
            }
            JsonType element = resolveClass(cls.getComponentType(), origin, path + "[]");
            return element == null ? null : remember(new JsonType.ArrayType(element));
        }
        if (cls.isEnum()) {
            requirePublic(cls, origin, path);
            return remember(new JsonType.EnumType(cls.getName().replace('$', '.')));
        }
        if (java.util.Collection.class.isAssignableFrom(cls)
                || java.util.Map.class.isAssignableFrom(cls)
                || cls == java.util.Optional.class) {
            return problem(
                    "raw type " + cls.getName() + " at " + path + " has no element type",
                    origin,
                    "give its type arguments, e.g. List<Item> or Map<String, Integer>");
        }
        return bean(cls, Map.of(), cls.getName().replace('$', '.'), origin, path);
    }

    private JsonType resolveParameterized(
            ParameterizedType type, Map<String, Type> bindings, String origin, String path) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] args = type.getActualTypeArguments();
        if (raw == java.util.Optional.class) {
            JsonType value = resolve(args[0], bindings, origin, path);
            return value == null ? null : remember(new JsonType.OptionalType(value));
        }
        if (java.util.Map.class.isAssignableFrom(raw)) {
            if (args.length != 2 || args[0] != String.class) {
                return problem(
                        "map " + type.getTypeName() + " at " + path + " must have String keys (JSON "
                                + "object keys are strings)",
                        origin,
                        "use Map<String, V>");
            }
            String implementation = implementation(raw, true);
            if (implementation == null) {
                return problem(
                        "map type " + raw.getName() + " at " + path + " has no known implementation",
                        origin,
                        "declare it as Map, LinkedHashMap, HashMap or TreeMap");
            }
            JsonType value = resolve(args[1], bindings, origin, path + ".*");
            return value == null ? null : remember(new JsonType.MapType(raw.getName(), implementation, value));
        }
        if (java.util.Collection.class.isAssignableFrom(raw)) {
            String implementation = implementation(raw, false);
            if (implementation == null) {
                return problem(
                        "collection type " + raw.getName() + " at " + path + " has no known " + "implementation",
                        origin,
                        "declare it as List, Collection, Set, ArrayList, "
                                + "LinkedList, LinkedHashSet, HashSet or TreeSet");
            }
            JsonType element = resolve(args[0], bindings, origin, path + "[]");
            return element == null
                    ? null
                    : remember(new JsonType.CollectionType(raw.getName(), implementation, element));
        }
        Map<String, Type> inner = new HashMap<>();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        StringBuilder name = new StringBuilder(raw.getName().replace('$', '.')).append('<');
        for (int i = 0; i < variables.length; i++) {
            Type argument = args[i];
            if (argument instanceof TypeVariable<?> variable && bindings.containsKey(variable.getName())) {
                argument = bindings.get(variable.getName());
            }
            inner.put(variables[i].getName(), argument);
            JsonType resolvedArgument = resolve(argument, bindings, origin, path);
            if (resolvedArgument == null) {
                return null;
            }
            name.append(i == 0 ? "" : ", ").append(resolvedArgument.javaName());
        }
        name.append('>');
        return bean(raw, inner, name.toString(), origin, path);
    }

    private JsonType bean(Class<?> cls, Map<String, Type> bindings, String javaName, String origin, String path) {
        JsonType known = resolved.get(javaName);
        if (known != null) {
            return known;
        }
        if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers())) {
            return problem(
                    (cls.isInterface() ? "interface " : "abstract class ") + cls.getName() + " at " + path
                            + " has no known implementation to create from JSON",
                    origin,
                    "use a concrete record or class");
        }
        if (cls.getName().startsWith("java.") || cls.getName().startsWith("javax.")) {
            return problem(
                    cls.getName() + " at " + path + " is not supported by the plug-in's JSON binding",
                    origin,
                    "use String, numbers, boolean, enums, records, POJOs, List, Map<String, …> or " + "Optional");
        }
        if (!requirePublic(cls, origin, path)) {
            return null;
        }
        JsonType.Bean bean = new JsonType.Bean(cls.getName(), javaName, cls.isRecord());
        resolved.put(javaName, bean);
        try {
            bean.properties(properties(cls, bindings, origin, path));
        } catch (RuntimeException | LinkageError e) {
            problems.add("cannot introspect " + cls.getName() + " (reached from " + origin + " at " + path + "): " + e);
        }
        return bean;
    }

    private List<JsonType.Property> properties(Class<?> cls, Map<String, Type> bindings, String origin, String path) {
        boolean annotated = hasJacksonAnnotations(cls);
        POJODefinition write = annotated
                ? AnnotationBasedIntrospector.pojoDefinitionForSerialization(
                        jrWriter, cls, JsonAutoDetect.Value.defaultVisibility())
                : BeanPropertyIntrospector.instance().pojoDefinitionForSerialization(jrWriter, cls);
        POJODefinition read = annotated
                ? AnnotationBasedIntrospector.pojoDefinitionForDeserialization(
                        jrReader, cls, JsonAutoDetect.Value.defaultVisibility())
                : BeanPropertyIntrospector.instance().pojoDefinitionForDeserialization(jrReader, cls);

        Map<String, String> setters = new HashMap<>();
        Map<String, Type> setterTypes = new HashMap<>();
        if (cls.isRecord()) {
            RecordComponent[] components = cls.getRecordComponents();
            Map<String, Integer> componentIndex = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                componentIndex.put(components[i].getName(), i);
            }
            for (POJODefinition.Prop prop : write.getProperties()) {
                Method accessor = prop.getter;
                Integer index = accessor == null ? null : componentIndex.get(accessor.getName());
                if (index != null) {
                    setters.put(prop.name, "ctor:" + index);
                    setterTypes.put(prop.name, components[index].getGenericType());
                }
            }
            if (annotated && setters.size() < components.length) {
                unboundComponents(cls, components, setters.values(), origin, path);
            }
            try {
                cls.getConstructor(java.util.Arrays.stream(components)
                        .map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                problems.add("record " + cls.getName() + " (reached from " + origin + " at " + path + ") has no "
                        + "public canonical constructor: make the record and its constructor public");
            }
        } else {
            for (POJODefinition.Prop prop : read.getProperties()) {
                if (prop.setter != null && Modifier.isPublic(prop.setter.getModifiers())) {
                    setters.put(prop.name, "method:" + prop.setter.getName());
                    setterTypes.put(prop.name, prop.setter.getGenericParameterTypes()[0]);
                } else if (prop.field != null
                        && Modifier.isPublic(prop.field.getModifiers())
                        && !Modifier.isFinal(prop.field.getModifiers())) {
                    setters.put(prop.name, "field:" + prop.field.getName());
                    setterTypes.put(prop.name, prop.field.getGenericType());
                }
            }
            if (!setters.isEmpty() || !read.getProperties().isEmpty()) {
                try {
                    if (!Modifier.isPublic(cls.getConstructor().getModifiers())) {
                        throw new NoSuchMethodException();
                    }
                } catch (NoSuchMethodException e) {
                    problems.add("class " + cls.getName() + " (reached from " + origin + " at " + path + ") has no "
                            + "public no-argument constructor to create it from JSON: add one, or make it a record");
                }
            }
        }

        List<JsonType.Property> properties = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (POJODefinition.Prop prop : write.getProperties()) {
            Type type;
            String getter;
            if (prop.getter != null && Modifier.isPublic(prop.getter.getModifiers())) {
                type = prop.getter.getGenericReturnType();
                getter = prop.getter.getName() + "()";
            } else if (prop.isGetter != null && Modifier.isPublic(prop.isGetter.getModifiers())) {
                type = prop.isGetter.getGenericReturnType();
                getter = prop.isGetter.getName() + "()";
            } else if (prop.field != null && Modifier.isPublic(prop.field.getModifiers())) {
                type = prop.field.getGenericType();
                getter = prop.field.getName();
            } else {
                continue;
            }
            JsonType propertyType = resolve(type, bindings, origin, path + "." + prop.name);
            if (propertyType != null) {
                properties.add(new JsonType.Property(prop.name, propertyType, getter, setters.get(prop.name)));
            }
            seen.add(prop.name);
        }
        for (Map.Entry<String, String> setter : setters.entrySet()) {
            if (seen.add(setter.getKey())) {
                JsonType propertyType =
                        resolve(setterTypes.get(setter.getKey()), bindings, origin, path + "." + setter.getKey());
                if (propertyType != null) {
                    properties.add(new JsonType.Property(setter.getKey(), propertyType, null, setter.getValue()));
                }
            }
        }
        return properties;
    }

    /**
     * With Jackson annotations on a record, Jackson-jr's annotation support sees only the components
     * marked {@code @JsonProperty}: it writes the others nowhere and cannot create the record from
     * JSON at all. The generated reader calls the canonical constructor, which needs every component,
     * so a record whose components are only partly properties is a build error saying what to change.
     */
    private void unboundComponents(
            Class<?> cls,
            RecordComponent[] components,
            java.util.Collection<String> bound,
            String origin,
            String path) {
        List<String> dropped = new ArrayList<>();
        boolean ignored = false;
        for (int i = 0; i < components.length; i++) {
            if (!bound.contains("ctor:" + i)) {
                dropped.add(components[i].getName());
                ignored |= components[i].isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)
                        || components[i]
                                .getAccessor()
                                .isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class);
            }
        }
        problem(
                "record " + cls.getName() + " at " + path + " has Jackson annotations, and then Jackson-jr "
                        + "(jackson-jr-annotation-support) binds only the components marked @JsonProperty: "
                        + String.join(", ", dropped) + (dropped.size() == 1 ? " is" : " are")
                        + " not a JSON property and the record could not be created from JSON",
                origin,
                "put @JsonProperty on every component (@JsonProperty with no name keeps the component's name)"
                        + (ignored
                                ? "; to leave a property out, use a class, not a record: a record's "
                                        + "constructor needs every component"
                                : ""));
    }

    private static boolean hasJacksonAnnotations(Class<?> cls) {
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(cls);
        elements.addAll(List.of(cls.getDeclaredFields()));
        elements.addAll(List.of(cls.getDeclaredMethods()));
        if (cls.isRecord()) {
            elements.addAll(List.of(cls.getRecordComponents()));
        }
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getAnnotations()) {
                if (annotation.annotationType().getName().startsWith(JACKSON_ANNOTATIONS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean requirePublic(Class<?> cls, String origin, String path) {
        for (Class<?> c = cls; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || (c.isMemberClass() && !Modifier.isStatic(c.getModifiers()))) {
                problem(
                        cls.getName() + " at " + path + " is not accessible to the generated JSON code",
                        origin,
                        "make it public (and static, if nested)");
                return false;
            }
        }
        return true;
    }

    private static String implementation(Class<?> raw, boolean map) {
        if (map) {
            if (raw == java.util.Map.class || raw == java.util.LinkedHashMap.class) {
                return "java.util.LinkedHashMap";
            }
            return raw == java.util.HashMap.class || raw == java.util.TreeMap.class ? raw.getName() : null;
        }
        if (raw == java.util.List.class
                || raw == java.util.Collection.class
                || raw == java.util.ArrayList.class
                || raw == Iterable.class) {
            return "java.util.ArrayList";
        }
        if (raw == java.util.Set.class || raw == java.util.LinkedHashSet.class) {
            return "java.util.LinkedHashSet";
        }
        return raw == java.util.LinkedList.class || raw == java.util.HashSet.class || raw == java.util.TreeSet.class
                ? raw.getName()
                : null;
    }

    private static JsonType scalar(Class<?> cls) {
        Kind kind;
        if (cls == String.class) {
            return new JsonType.Scalar(Kind.STRING, false);
        } else if (cls == boolean.class || cls == Boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (cls == byte.class || cls == Byte.class) {
            kind = Kind.BYTE;
        } else if (cls == short.class || cls == Short.class) {
            kind = Kind.SHORT;
        } else if (cls == int.class || cls == Integer.class) {
            kind = Kind.INT;
        } else if (cls == long.class || cls == Long.class) {
            kind = Kind.LONG;
        } else if (cls == float.class || cls == Float.class) {
            kind = Kind.FLOAT;
        } else if (cls == double.class || cls == Double.class) {
            kind = Kind.DOUBLE;
        } else if (cls == char.class || cls == Character.class) {
            kind = Kind.CHAR;
        } else {
            return null;
        }
        return new JsonType.Scalar(kind, cls.isPrimitive());
    }

    private JsonType remember(JsonType type) {
        return resolved.computeIfAbsent(type.key(), key -> type);
    }

    private JsonType problem(String what, String origin, String fix) {
        problems.add("JSON binding: " + what + " (reached from " + origin + ")" + (fix == null ? "" : "; " + fix));
        return null;
    }

    /** Jackson-jr's introspectors want its per-operation reader/writer; only their features are read. */
    private static final class JrAccess extends JSON {
        JSONWriter writer() {
            return _writerForOperation(null);
        }

        JSONReader reader() {
            return _readerForOperation(null);
        }
    }
}
