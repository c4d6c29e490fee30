package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small test classes through the JUnit launcher to check what a user would see: the
 * failure message for a missing plug-in, and that static-field plug-ins are closed after the class.
 * The inner classes are only enabled while this test launches them.
 */
class ExtensionReportingTest {

    private static volatile boolean launching;

    static boolean launching() {
        return launching;
    }

    private static List<TestExecutionSummary.Failure> run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launching = true;
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(testClass))
                                    .build(),
                            listener);
        } finally {
            launching = false;
        }
        return listener.getSummary().getFailures();
    }

    private static String expectedNotFound(String wasm) {
        return "plug-in not found: " + Path.of(wasm).toAbsolutePath().normalize() + "; run mvn package first";
    }

    @EnabledIf("dev.javapdk.harness.ExtensionReportingTest#launching")
    static class MissingParameterCase {
        @Test
        void needsAPlugin(@ExtismPlugin(wasm = "target/no-such-plugin.wasm") LoadedPlugin plugin) {}
    }

    @EnabledIf("dev.javapdk.harness.ExtensionReportingTest#launching")
    static class MissingFieldCase {
        @ExtismPlugin(wasm = "target/no-such-plugin.wasm")
        LoadedPlugin plugin;

        @Test
        void needsAPlugin() {}
    }

    @EnabledIf("dev.javapdk.harness.ExtensionReportingTest#launching")
    static class WrongFieldTypeCase {
        @ExtismPlugin(wasm = WritesTestPlugin.WASM)
        String notAPlugin;

        @Test
        void needsAPlugin() {}
    }

    @EnabledIf("dev.javapdk.harness.ExtensionReportingTest#launching")
    @ExtendWith(WritesTestPlugin.class)
    static class StaticFieldCase {
        static LoadedPlugin seen;

        @ExtismPlugin(wasm = WritesTestPlugin.WASM)
        static LoadedPlugin plugin;

        @Test
        void usesIt() {
            seen = plugin;
            assertEquals("x", plugin.call("echo", "x"));
        }
    }

    @Test
    void missingPluginParameterFailsTheTestWithTheNotFoundMessage() {
        List<TestExecutionSummary.Failure> failures = run(MissingParameterCase.class);
        assertEquals(1, failures.size());
        Throwable e = failures.get(0).getException();
        assertInstanceOf(ParameterResolutionException.class, e);
        assertEquals(expectedNotFound("target/no-such-plugin.wasm"), e.getMessage());
    }

    @Test
    void missingPluginFieldFailsTheTestWithTheNotFoundMessage() {
        List<TestExecutionSummary.Failure> failures = run(MissingFieldCase.class);
        assertEquals(1, failures.size());
        Throwable e = failures.get(0).getException();
        assertInstanceOf(PluginLoadException.class, e);
        assertEquals(expectedNotFound("target/no-such-plugin.wasm"), e.getMessage());
    }

    @Test
    void wrongFieldTypeIsAConfigurationError() {
        List<TestExecutionSummary.Failure> failures = run(WrongFieldTypeCase.class);
        assertEquals(1, failures.size());
        Throwable e = failures.get(0).getException();
        assertInstanceOf(ExtensionConfigurationException.class, e);
        assertTrue(e.getMessage().contains("must have type LoadedPlugin"), e.getMessage());
    }

    @Test
    void staticFieldPluginIsClosedAfterTheClass() {
        StaticFieldCase.seen = null;
        assertEquals(List.of(), run(StaticFieldCase.class));
        assertNotNull(StaticFieldCase.seen, "the case ran");
        assertThrows(IllegalStateException.class, () -> StaticFieldCase.seen.call("echo", "x"));
    }
}
