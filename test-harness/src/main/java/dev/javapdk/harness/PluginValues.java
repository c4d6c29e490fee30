package dev.javapdk.harness;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Fills {@code ${name}} placeholders of {@link ExtismPlugin} attributes from {@link PluginValue} members. */
final class PluginValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private PluginValues() {}

    /**
     * {@code text} with each {@code ${name}} replaced by the value of the {@link PluginValue}
     * member of that name, looked up in {@code testClass}, its superclasses and the classes around
     * it. {@code instances} are the test instances (outermost first; none for a static field).
     *
     * @param where what {@code text} is, for messages, e.g. {@code "config entry"}
     */
    static String resolve(String text, String where, Class<?> testClass, List<Object> instances) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = valueOf(matcher.group(1), text, where, testClass, instances);
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String valueOf(String name, String text, String where, Class<?> testClass, List<Object> instances) {
        String context = "@ExtismPlugin " + where + " '" + text + "' uses ${" + name + "}";
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            for (Member member : members(c)) {
                PluginValue annotation = ((java.lang.reflect.AnnotatedElement) member).getAnnotation(PluginValue.class);
                if (!annotation.value().equals(name)) {
                    continue;
                }
                Object target = null;
                if (!Modifier.isStatic(member.getModifiers())) {
                    target = instances.stream()
                            .filter(c::isInstance)
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException(context + ", but "
                                    + describe(member) + " is an instance member and there is no test instance"
                                    + " yet (a static @ExtismPlugin field can use static @PluginValue members only)"));
                }
                Object value = member instanceof Method method
                        ? ReflectionSupport.invokeMethod(method, target)
                        : ReflectionSupport.tryToReadFieldValue((Field) member, target)
                                .getOrThrow(e -> new IllegalStateException(
                                        context + ", but reading " + describe(member) + " failed: " + e, e));
                if (value == null) {
                    throw new IllegalStateException(context + ", but " + describe(member) + " is null");
                }
                return value.toString();
            }
        }
        throw new IllegalStateException(context + ", but no field or method of " + testClass.getName()
                + " (or its superclasses and enclosing classes) is annotated @PluginValue(\"" + name + "\")");
    }

    private static List<Member> members(Class<?> c) {
        List<Member> members = new ArrayList<>(AnnotationSupport.findAnnotatedFields(
                c, PluginValue.class, f -> true, HierarchyTraversalMode.TOP_DOWN));
        for (Method method :
                AnnotationSupport.findAnnotatedMethods(c, PluginValue.class, HierarchyTraversalMode.TOP_DOWN)) {
            if (method.getParameterCount() != 0) {
                throw new IllegalStateException("@PluginValue method " + describe(method) + " must take no parameters");
            }
            members.add(method);
        }
        return members;
    }

    private static String describe(Member member) {
        return member.getDeclaringClass().getName() + "." + member.getName() + (member instanceof Method ? "()" : "");
    }
}
