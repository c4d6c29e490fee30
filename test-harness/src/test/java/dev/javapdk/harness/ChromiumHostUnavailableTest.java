package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Where Chromium is missing, a test on it is skipped with the reason, and a load says what to install. */
class ChromiumHostUnavailableTest {
    private static final String MISSING = "/nonexistent/chromium";
    private static volatile boolean launching;
    private String chromium;
    private String required;

    static boolean launching() {
        return launching;
    }

    @EnabledIf("dev.javapdk.harness.ChromiumHostUnavailableTest#launching")
    @ExtismHost("chromium")
    static class OnChromiumCase {
        @Test
        void needsChromium(@ExtismPlugin(wasm = WritesTestPlugin.WASM) LoadedPlugin plugin) {
            throw new AssertionError("ran without Chromium");
        }
    }

    @BeforeEach
    void pointAtAMissingChromium() {
        chromium = System.setProperty("javapdk.chromium", MISSING);
        required = System.clearProperty("javapdk.requireChromium");
    }

    @AfterEach
    void restore() {
        restore("javapdk.chromium", chromium);
        restore("javapdk.requireChromium", required);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aTestOnChromiumIsSkippedWithTheReason() {
        List<String> skipped = new ArrayList<>();
        launching = true;
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(OnChromiumCase.class))
                                    .build(),
                            new TestExecutionListener() {
                                @Override
                                public void executionSkipped(TestIdentifier test, String reason) {
                                    skipped.add(test.getDisplayName() + ": " + reason);
                                }
                            });
        } finally {
            launching = false;
        }
        assertEquals(
                List.of("needsChromium(LoadedPlugin): chromium host unavailable: Chromium is not installed"
                        + " (apt-get install chromium, or -Djavapdk.chromium=/path/to/chrome): " + MISSING
                        + " is not an executable file"),
                skipped);
    }

    @Test
    void loadingSaysWhatToInstall() {
        PluginLoadException error = assertThrows(PluginLoadException.class, () -> Plugins.host("chromium"));
        assertTrue(
                error.getMessage().startsWith("the chromium host is required here but Chromium is not installed"),
                error.getMessage());
    }
}
