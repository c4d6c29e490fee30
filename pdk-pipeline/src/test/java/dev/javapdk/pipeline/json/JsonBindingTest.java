package dev.javapdk.pipeline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.javapdk.pdk.internal.ExportSupport;
import dev.javapdk.pipeline.ClassPaths;
import dev.javapdk.pipeline.fixtures.json.Shop;
import dev.javapdk.pipeline.scan.ExportScanner;
import dev.javapdk.pipeline.scan.ExportedFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON binding on the JVM alone: type resolution, the generated source, and the generated
 * readers and writers run here against Jackson-jr (the wasm runs are in pdk-tests).
 */
class JsonBindingTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @Test
    void resolvesPropertiesInJacksonOrderWithAccessors() {
        TypeResolver resolver = new TypeResolver();
        JsonType type = resolver.resolve(Shop.Basket.class, "test");
        assertTrue(resolver.problems().isEmpty(), resolver.problems().toString());
        JsonType.Bean basket = (JsonType.Bean) type;
        assertEquals(
                List.of("counters", "items", "owner", "status"),
                basket.properties().stream().map(JsonType.Property::name).toList());
        Map<String, JsonType.Property> byName =
                basket.properties().stream().collect(Collectors.toMap(JsonType.Property::name, p -> p));
        assertEquals("getCounters()", byName.get("counters").getter());
        assertEquals("method:setCounters", byName.get("counters").setter());
        assertEquals("owner", byName.get("owner").getter());
        assertEquals("field:owner", byName.get("owner").setter());
        assertEquals(
                "java.util.Map<java.lang.String, java.lang.Long>",
                byName.get("counters").type().javaName());

        JsonType.Bean item = (JsonType.Bean) resolver.resolve(Shop.Item.class, "test");
        assertTrue(item.isRecord());
        assertEquals(
                List.of("name", "note", "price", "quantity"),
                item.properties().stream().map(JsonType.Property::name).toList());
        assertEquals("ctor:3", item.properties().get(1).setter(), "note is the record's fourth component");
    }

    @Test
    void unbindableTypesAreProblemsNamingTypeAndPath() {
        TypeResolver resolver = new TypeResolver();
        resolver.resolve(Runnable.class, "the parameter of export x");
        resolver.resolve(java.util.Date.class, "the result of export y");
        assertEquals(
                List.of(
                        "JSON binding: interface java.lang.Runnable at $ has no known implementation to create from JSON "
                                + "(reached from the parameter of export x); use a concrete record or class",
                        "JSON binding: java.util.Date at $ is not supported by the plug-in's JSON binding (reached from the "
                                + "result of export y); use String, numbers, boolean, enums, records, POJOs, List, "
                                + "Map<String, …> or Optional"),
                resolver.problems());
    }

    @Test
    void generatedCodeReadsAndWritesLikeJacksonJr(@TempDir Path work) throws Exception {
        List<ExportedFunction> exports = ExportScanner.scan(CLASSES.resolve("dev/javapdk/pipeline/fixtures/json"));
        Path api = Path.of(ExportSupport.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        JsonBinding.Result result = JsonBinding.bind(exports, CLASSES, List.of(api), work);
        assertEquals(Map.of("checkout", "in0"), result.inputMethods());
        assertEquals(Map.of("checkout", "out1"), result.outputMethods());

        try (URLClassLoader loader = new URLClassLoader(
                ClassPaths.urls(List.of(result.classesDir())), getClass().getClassLoader())) {
            Class<?> codecs = loader.loadClass(CodecGenerator.CLASS_NAME);
            Method read = codecs.getMethod("in0", byte[].class);
            Method write = codecs.getMethod("out1", Shop.Receipt.class);

            Shop.Basket basket = new Shop.Basket();
            basket.owner = "Zoë 🌍";
            basket.items = List.of(
                    new Shop.Item("pen", 1.5, 2, Optional.empty()),
                    new Shop.Item("ink\n\"blue\"", 1e-7, 1, Optional.of("fragile")));
            Map<String, Long> counters = new LinkedHashMap<>();
            counters.put("visits", Long.MIN_VALUE);
            basket.setCounters(counters);
            basket.setStatus(Shop.Status.OPEN);
            String jackson = "{\"counters\":{\"visits\":-9223372036854775808},\"items\":[{\"name\":\"pen\","
                    + "\"price\":1.5,\"quantity\":2},{\"name\":\"ink\\n\\\"blue\\\"\",\"note\":\"fragile\","
                    + "\"price\":1.0E-7,\"quantity\":1}],\"owner\":\"Zoë 🌍\",\"status\":\"OPEN\"}";
            Shop.Basket parsed = (Shop.Basket) read.invoke(null, (Object) jackson.getBytes(StandardCharsets.UTF_8));
            assertEquals(basket.owner, parsed.owner);
            assertEquals(basket.items, parsed.items);
            assertEquals(basket.getCounters(), parsed.getCounters());
            assertEquals(Shop.Status.OPEN, parsed.getStatus());

            Shop.Receipt receipt = new Shop.Receipt("Zoë", 4.0000000001, List.of("a", "b"), null);
            assertEquals(
                    new String(JSON.std.asBytes(receipt), StandardCharsets.UTF_8),
                    new String((byte[]) write.invoke(null, receipt), StandardCharsets.UTF_8));

            InvocationTargetException bad = assertThrows(
                    InvocationTargetException.class,
                    () -> read.invoke(null, (Object) "{\"items\":[{\"name\":\"x\",\"price\":1}]}".getBytes()));
            assertEquals(
                    "$.items[0].quantity: missing required property",
                    bad.getCause().getMessage());
        }
    }
}
