package dev.javapdk.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginValuesTest {
    static class Base {
        @PluginValue("host")
        static String host = "127.0.0.1";
    }

    static class Sample extends Base {
        static int port = 8080;

        @PluginValue("port")
        static int port() {
            return port;
        }

        @PluginValue("key")
        String key = "sk-test";

        @PluginValue("nothing")
        static String nothing;

        class Inner {}
    }

    @Test
    void fillsPlaceholdersFromStaticAndInstanceMembersAndSuperclasses() {
        Sample.port = 4242;
        assertEquals(
                "base_url=http://127.0.0.1:4242/v1 key=sk-test $notAPlaceholder",
                PluginValues.resolve(
                        "base_url=http://${host}:${port}/v1 key=${key} $notAPlaceholder",
                        "config entry",
                        Sample.class,
                        List.of(new Sample())));
        assertEquals("no placeholder", PluginValues.resolve("no placeholder", "wasm", Sample.class, List.of()));
    }

    @Test
    void findsMembersOfEnclosingClassesForNestedTests() {
        Sample outer = new Sample();
        assertEquals(
                "sk-test at 127.0.0.1",
                PluginValues.resolve(
                        "${key} at ${host}", "allowed host", Sample.Inner.class, List.of(outer, outer.new Inner())));
    }

    @Test
    void aPlaceholderWithoutAMemberNamesBoth() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> PluginValues.resolve("base_url=${baseUrl}", "config entry", Sample.class, List.of()));
        assertEquals(
                "@ExtismPlugin config entry 'base_url=${baseUrl}' uses ${baseUrl}, but no field or method of "
                        + Sample.class.getName()
                        + " (or its superclasses and enclosing classes) is annotated @PluginValue(\"baseUrl\")",
                e.getMessage());
    }

    @Test
    void anInstanceMemberWithoutAnInstanceAndANullValueAreErrors() {
        IllegalStateException noInstance = assertThrows(
                IllegalStateException.class,
                () -> PluginValues.resolve("${key}", "config entry", Sample.class, List.of()));
        assertEquals(
                "@ExtismPlugin config entry '${key}' uses ${key}, but " + Sample.class.getName()
                        + ".key is an instance member and there is no test instance yet (a static @ExtismPlugin"
                        + " field can use static @PluginValue members only)",
                noInstance.getMessage());
        IllegalStateException nullValue = assertThrows(
                IllegalStateException.class,
                () -> PluginValues.resolve("x=${nothing}", "config entry", Sample.class, List.of()));
        assertEquals(
                "@ExtismPlugin config entry 'x=${nothing}' uses ${nothing}, but " + Sample.class.getName()
                        + ".nothing is null",
                nullValue.getMessage());
    }
}
