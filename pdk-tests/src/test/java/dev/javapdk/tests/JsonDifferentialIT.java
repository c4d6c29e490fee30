package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.jr.annotationsupport.JacksonAnnotationExtension;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.tests.json.Corpus;
import dev.javapdk.tests.json.Corpus.Catalogue;
import dev.javapdk.tests.json.Corpus.Colour;
import dev.javapdk.tests.json.Corpus.Customer;
import dev.javapdk.tests.json.Corpus.Item;
import dev.javapdk.tests.json.Corpus.Order;
import dev.javapdk.tests.json.Corpus.Page;
import dev.javapdk.tests.json.Corpus.Scalars;
import dev.javapdk.tests.json.Corpus.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The plug-in's JSON against Jackson-jr's on the JVM, over the Corpus types and random values.
 *
 * <p>For each value: Jackson-jr writes it; the plug-in reads that document into its typed value and
 * writes it back; the two byte arrays must be equal. Equality shows both halves: the plug-in read
 * back an equal value, and it writes exactly what {@code JSON.std} writes for that value.
 */
class JsonDifferentialIT {
    static final String WASM = CapabilitiesIT.WASM;
    static final int ROUNDS = 1500;

    private final Random random = new Random(20261123);

    @Test
    void scalarsMatchJacksonByteForByte(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        differential(plugin, "echo_scalars", this::scalars);
        // The extremes, explicitly.
        for (double d : new double[] {
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_VALUE,
            -0.0,
            0.0,
            Double.MIN_NORMAL,
            1e-7,
            1e7,
            9007199254740993.0,
            0.1,
            1.0 / 3,
            2e-3,
            1e23,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        }) {
            same(
                    plugin,
                    "echo_scalars",
                    new Scalars(
                            "x",
                            Integer.MIN_VALUE,
                            Long.MIN_VALUE,
                            d,
                            (float) d,
                            true,
                            Short.MIN_VALUE,
                            Byte.MIN_VALUE,
                            '\u00e9',
                            Integer.MAX_VALUE,
                            Long.MAX_VALUE,
                            d,
                            false));
        }
    }

    @Test
    void recordsPojosEnumsAndNestedCollections(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        differential(plugin, "echo_order", this::order);
        differential(plugin, "echo_customer", this::customer);
    }

    @Test
    void nestedGenerics(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        differential(
                plugin,
                "echo_catalogue",
                () -> new Catalogue(page(this::item), page(() -> text()), list(() -> list(this::anyDouble)), sizes()));
        differential(
                plugin,
                "echo_list",
                () -> list(() -> {
                    Map<String, Integer> map = new LinkedHashMap<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        map.put(text(), random.nextBoolean() ? random.nextInt() : null);
                    }
                    return map;
                }));
    }

    @Test
    void explicitCallsOnClassLiterals(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) throws Exception {
        for (int i = 0; i < 200; i++) {
            Item item = item();
            byte[] json = JSON.std.asBytes(item);
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("item", item);
            expected.put("doubled", item.quantity() * 2);
            expected.put("colour", Colour.GREEN);
            String want = new String(JSON.std.asBytes(expected), StandardCharsets.UTF_8);
            String got = new String(plugin.call("explicit", json), StandardCharsets.UTF_8);
            if (SHORTEST_DOUBLES) {
                assertEquals(want, got);
            } else if (!sameValue(JSON.std.anyFrom(want), JSON.std.anyFrom(got))) {
                assertEquals(want, got);
            }
        }
    }

    @Test
    void jacksonAnnotationsRenameAndIgnore(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) throws Exception {
        JSON annotated = JSON.builder().register(JacksonAnnotationExtension.std).build();
        for (int i = 0; i < 300; i++) {
            Corpus.Annotated value = new Corpus.Annotated();
            value.name = maybe(this::text);
            value.secret = text();
            value.age = random.nextInt();
            byte[] jackson = annotated.asBytes(value);
            assertEquals(
                    new String(jackson, StandardCharsets.UTF_8),
                    new String(plugin.call("echo_annotated", jackson), StandardCharsets.UTF_8));
        }
        // The ignored property is neither written nor read; the rename is used both ways.
        assertEquals(
                "{\"age\":3,\"full_name\":\"x\"}",
                plugin.call("echo_annotated", "{\"full_name\":\"x\",\"secret\":\"s\",\"age\":3}"));
    }

    @Test
    void untypedTrees(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        differential(plugin, "echo_tree", () -> tree(4));
    }

    private void differential(LoadedPlugin plugin, String function, Supplier<Object> values) {
        for (int i = 0; i < ROUNDS; i++) {
            same(plugin, function, values.get());
        }
    }

    /** JDK 19+ writes doubles in their shortest form, as the plug-in does; JDK 17 sometimes does not. */
    static final boolean SHORTEST_DOUBLES = Runtime.version().feature() >= 19;

    private static void same(LoadedPlugin plugin, String function, Object value) {
        try {
            byte[] jackson = JSON.std.asBytes(value);
            byte[] plugins = plugin.call(function, jackson);
            String expected = new String(jackson, StandardCharsets.UTF_8);
            String actual = new String(plugins, StandardCharsets.UTF_8);
            if (SHORTEST_DOUBLES || expected.equals(actual)) {
                assertEquals(expected, actual, function);
            } else {
                // JDK 17: the same tree, numbers compared by value (see pom.xml).
                Object want = JSON.std.anyFrom(expected);
                Object got = JSON.std.anyFrom(actual);
                if (!sameValue(want, got)) {
                    assertEquals(want, got, function);
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Trees equal, numbers by value; a float Jackson printed long on JDK 17 equals as a float. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> sameValue(x.get(k), y.get(k)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Number x && b instanceof Number y && !(a instanceof Long) && !(a instanceof Integer)) {
            return x.doubleValue() == y.doubleValue() || (float) x.doubleValue() == (float) y.doubleValue();
        }
        return java.util.Objects.equals(a, b);
    }

    // ---- random values ----

    private Scalars scalars() {
        return new Scalars(
                text(),
                random.nextInt(),
                anyLong(),
                anyDouble(),
                anyFloat(),
                random.nextBoolean(),
                (short) random.nextInt(),
                (byte) random.nextInt(),
                (char) ('a' + random.nextInt(26)),
                maybe(random::nextInt),
                maybe(this::anyLong),
                maybe(this::anyDouble),
                maybe(random::nextBoolean));
    }

    private Item item() {
        return new Item(
                text(),
                anyDouble(),
                random.nextInt(1000),
                maybe(() -> Size.values()[random.nextInt(3)]),
                maybe(() -> list(this::text)));
    }

    private Order order() {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            counters.put(text(), anyLong());
        }
        return new Order(
                maybe(this::text),
                list(this::item),
                maybe(() -> counters),
                maybe(() -> Colour.values()[random.nextInt(3)]),
                maybe(this::customer));
    }

    private Customer customer() {
        Customer c = new Customer();
        c.name = maybe(this::text);
        c.scores = maybe(() -> list(random::nextInt));
        c.setEmail(maybe(this::text));
        c.setVip(random.nextBoolean());
        if (random.nextBoolean()) {
            Map<String, List<Item>> wishlists = new LinkedHashMap<>();
            wishlists.put(text(), list(this::item));
            c.setWishlists(wishlists);
        }
        return c;
    }

    private <T> Page<T> page(Supplier<T> items) {
        Map<String, List<Map<String, T>>> index = new LinkedHashMap<>();
        index.put(text(), list(() -> Map.of(text(), items.get())));
        return new Page<>(list(items), random.nextInt(), index);
    }

    private Size[] sizes() {
        Size[] sizes = new Size[random.nextInt(4)];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Size.values()[random.nextInt(3)];
        }
        return sizes;
    }

    private Object tree(int depth) {
        switch (random.nextInt(depth > 0 ? 9 : 6)) {
            case 0:
                return text();
            case 1:
                return anyLong();
            case 2:
                return finiteDouble();
            case 3:
                return random.nextBoolean();
            case 4:
                return null;
            case 5:
                return (long) random.nextInt(100);
            case 6:
            case 7: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    Object v = tree(depth - 1);
                    if (v != null) {
                        map.put(text(), v);
                    }
                }
                return map;
            }
            default: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(tree(depth - 1));
                }
                return list;
            }
        }
    }

    private <T> List<T> list(Supplier<T> items) {
        List<T> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            list.add(items.get());
        }
        return list;
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(5) == 0 ? null : value.get();
    }

    private long anyLong() {
        switch (random.nextInt(4)) {
            case 0:
                return Long.MIN_VALUE + random.nextInt(3);
            case 1:
                return Long.MAX_VALUE - random.nextInt(3);
            case 2:
                return random.nextInt(2000) - 1000;
            default:
                return random.nextLong();
        }
    }

    private double anyDouble() {
        switch (random.nextInt(8)) {
            case 0:
                return Double.NaN;
            case 1:
                return random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            default:
                return finiteDouble();
        }
    }

    private double finiteDouble() {
        switch (random.nextInt(5)) {
            case 0:
                return random.nextInt(100000) / 100.0;
            case 1:
                return (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            case 2:
                return Double.longBitsToDouble(random.nextLong() & 0x000FFFFFFFFFFFFFL); // subnormal
            default: {
                double d = Double.longBitsToDouble(random.nextLong());
                return Double.isFinite(d) ? d : 1.5;
            }
        }
    }

    private float anyFloat() {
        float f = Float.intBitsToFloat(random.nextInt());
        return Float.isNaN(f) && random.nextBoolean() ? 1.25f : f;
    }

    /** Unicode: ASCII, escapes and control characters, BMP, astral pairs. */
    private String text() {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            switch (random.nextInt(6)) {
                case 0:
                    out.append((char) random.nextInt(0x20));
                    break;
                case 1:
                    out.append("\"\\/\u007f".charAt(random.nextInt(4)));
                    break;
                case 2:
                    out.append((char) (0xA0 + random.nextInt(0xD7FF - 0xA0)));
                    break;
                case 3:
                    out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                    break;
                default:
                    out.append((char) ('a' + random.nextInt(26)));
                    break;
            }
        }
        return out.toString();
    }
}
