package dev.javapdk.harness;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link ExtismPlugin}; registered automatically by the annotation,
 * so you rarely name it. Each plug-in is put in the JUnit store of the context it was created
 * for, and JUnit closes it when that context ends (after the test, or after the class).
 *
 * <pre>{@code
 * @ExtendWith(ExtismPluginExtension.class) // optional: @ExtismPlugin already does this
 * class GreetTest {
 *     @ExtismPlugin(wasm = "target/greet.wasm") LoadedPlugin plugin;
 *     @Test void greets() { assertEquals("Hello, Ann!", plugin.call("greet", "Ann")); }
 * }
 * }</pre>
 */
public class ExtismPluginExtension
        implements ParameterResolver, BeforeAllCallback, BeforeEachCallback, ExecutionCondition {

    /**
     * A test that wants a Node host ({@code node}, {@code node2}) is skipped, with the reason, where
     * Node or that JS SDK is not set up, unless {@code -Djavapdk.requireNode=true} (CI) asks for it to
     * run (and fail loudly). The same for {@code chromium} where Chromium is missing, unless
     * {@code -Djavapdk.requireChromium=true}.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean requireNode = Boolean.getBoolean("javapdk.requireNode");
        boolean requireChromium = Boolean.getBoolean("javapdk.requireChromium");
        java.util.stream.Stream<ExtismPlugin> wanted = context.getTestMethod()
                .map(method ->
                        java.util.Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(ExtismPlugin.class)))
                .orElseGet(() -> context.getTestClass().stream()
                        .flatMap(c -> annotatedFields(c).stream().map(f -> f.getAnnotation(ExtismPlugin.class))));
        for (ExtismPlugin annotation : (Iterable<ExtismPlugin>) wanted::iterator) {
            String host = annotation == null ? null : hostName(context, annotation);
            NodeHost.Sdk sdk = host == null ? null : NodeHost.Sdk.forHostName(host);
            String missing = sdk == null || requireNode ? null : NodeHost.unavailableReason(sdk);
            if (ChromiumHost.NAME.equals(host) && !requireChromium) {
                missing = ChromiumHost.unavailableReason();
            }
            if (missing != null) {
                return ConditionEvaluationResult.disabled(host + " host unavailable: " + missing);
            }
        }
        return ConditionEvaluationResult.enabled("host available");
    }

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ExtismPluginExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(ExtismPlugin.class)
                && parameterContext.getParameter().getType().isAssignableFrom(LoadedPlugin.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ExtismPlugin annotation =
                parameterContext.findAnnotation(ExtismPlugin.class).orElseThrow();
        try {
            return loadInto(extensionContext, annotation);
        } catch (RuntimeException e) {
            // Our message first: JUnit would otherwise prefix it with the parameter and method.
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Class<?> testClass = context.getRequiredTestClass();
        for (Field field : annotatedFields(testClass)) {
            if (Modifier.isStatic(field.getModifiers())) {
                inject(field, null, context);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        // getAllInstances(): @Nested classes can use fields of their enclosing test classes.
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : annotatedFields(instance.getClass())) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    inject(field, instance, context);
                }
            }
        }
    }

    private static void inject(Field field, Object target, ExtensionContext context) throws IllegalAccessException {
        if (!field.getType().isAssignableFrom(LoadedPlugin.class)) {
            throw new ExtensionConfigurationException("@ExtismPlugin field "
                    + field.getDeclaringClass().getName() + "." + field.getName() + " must have type LoadedPlugin, not "
                    + field.getType().getName());
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@ExtismPlugin field " + field.getName() + " must not be final");
        }
        LoadedPlugin plugin = loadInto(context, field.getAnnotation(ExtismPlugin.class));
        field.setAccessible(true);
        field.set(target, plugin);
    }

    private static List<Field> annotatedFields(Class<?> type) {
        List<Field> result = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(ExtismPlugin.class)) {
                    result.add(f);
                }
            }
        }
        return result;
    }

    /** The annotation's host, else the one {@link ExtismHost} names on the test class or around it. */
    private static String hostName(ExtensionContext context, ExtismPlugin annotation) {
        if (!annotation.host().isEmpty()) {
            return annotation.host();
        }
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            ExtismHost host = c.getAnnotation(ExtismHost.class); // @Inherited: superclasses too
            if (host != null) {
                return host.value();
            }
        }
        return "chicory";
    }

    /** Fills {@code ${name}} placeholders from the test class's {@link PluginValue} members. */
    private static java.util.function.BiFunction<String, String, String> placeholders(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        List<Object> instances = context.getTestInstances()
                .map(org.junit.jupiter.api.extension.TestInstances::getAllInstances)
                .orElse(List.of());
        return (text, where) -> PluginValues.resolve(text, where, testClass, instances);
    }

    /** Calls the test class's method {@code name} (searched in the class, its superclasses and enclosing classes). */
    private static HostFunctions hostFunctions(ExtensionContext context, String name) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                Method method;
                try {
                    method = k.getDeclaredMethod(name);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                String where = "@ExtismPlugin(hostFunctions = \"" + name + "\"): " + k.getName() + "." + name + "()";
                if (!HostFunctions.class.isAssignableFrom(method.getReturnType())) {
                    throw new ExtensionConfigurationException(where + " must return HostFunctions");
                }
                Object target = null;
                if (!Modifier.isStatic(method.getModifiers())) {
                    final Class<?> owner = k;
                    target = context.getTestInstances()
                            .flatMap(instances -> instances.findInstance(owner))
                            .orElseThrow(() -> new ExtensionConfigurationException(where
                                    + " is an instance method, but the plug-in is loaded before any test instance "
                                    + "exists (a static field): make it static"));
                }
                try {
                    method.setAccessible(true);
                    return (HostFunctions) method.invoke(target);
                } catch (ReflectiveOperationException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    throw new ExtensionConfigurationException(where + " failed: " + cause, cause);
                }
            }
        }
        throw new ExtensionConfigurationException("@ExtismPlugin(hostFunctions = \"" + name + "\"): no method "
                + name + "() in " + context.getTestClass().map(Class::getName).orElse("the test class")
                + " or its superclasses");
    }

    /** Loads on the annotation's host and registers the plug-in to be closed with {@code context}. */
    private static LoadedPlugin loadInto(ExtensionContext context, ExtismPlugin annotation) {
        java.util.function.BiFunction<String, String, String> values = placeholders(context);
        PluginSpec.Builder spec = PluginSpec.builder(Path.of(values.apply(annotation.wasm(), "wasm")))
                .compiler(annotation.compiler())
                .logLevel(annotation.logLevel())
                .httpResponseHeaders(annotation.httpResponseHeaders())
                .timeoutMillis(annotation.timeoutMillis())
                .wasi(annotation.wasi());
        for (String host : annotation.allowedHosts()) {
            spec.allowedHosts(values.apply(host, "allowed host"));
        }
        for (String entry : annotation.config()) {
            spec.configEntry(values.apply(entry, "config entry"));
        }
        if (!annotation.hostFunctions().isEmpty()) {
            spec.hostFunctions(hostFunctions(context, annotation.hostFunctions()));
        }
        LoadedPlugin plugin = Plugins.host(hostName(context, annotation)).load(spec.build());
        // A unique key per plug-in: a method may take several, and JUnit closes every
        // CloseableResource in the store when the context (test or class) ends.
        context.getStore(NAMESPACE).put(new Object(), (ExtensionContext.Store.CloseableResource) plugin::close);
        return plugin;
    }
}
