package dev.javapdk.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.javapdk.bench.plugin.Types.Document;
import dev.javapdk.bench.plugin.Types.Line;
import dev.javapdk.bench.plugin.Types.Order;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.Plugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Prints the JSON benchmark tables (never asserts: these machines are shared and noisy, so only the
 * ratios measured side by side in this one run mean anything).
 *
 * <ol>
 *   <li>wasm size: the same function with record types (JSON bound at build time) and on strings;</li>
 *   <li>decode + encode of a 1 MiB document inside the plug-in (Chicory SDK, runtime compiler)
 *       against Jackson-jr's {@code JSON.std} on the host JVM, interleaved, median of many rounds.</li>
 * </ol>
 */
public final class JsonBenchmark {
    private static final int WARMUP = 15;
    private static final int ROUNDS = 31;

    private JsonBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        long recordSize = Files.size(target.resolve("record-typed.wasm"));
        long stringSize = Files.size(target.resolve("string-typed.wasm"));
        System.out.println();
        System.out.println("## wasm size: summarize(Order) -> Summary");
        System.out.println();
        System.out.println("| module | bytes |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| record-typed (JSON bound at build time) | %,d |%n", recordSize);
        System.out.printf(Locale.ROOT, "| string-typed (no JSON) | %,d |%n", stringSize);
        System.out.printf(
                Locale.ROOT,
                "| cost of JSON support | %,d (%.2fx) |%n",
                recordSize - stringSize,
                (double) recordSize / stringSize);

        Document document = document(1 << 20);
        byte[] json = JSON.std.asBytes(document);
        try (LoadedPlugin plugin = Plugins.load(target.resolve("json-codec.wasm"))) {
            byte[] check = plugin.call("roundtrip", json);
            if (!Arrays.equals(check, json)) {
                throw new IllegalStateException("the plug-in's output differs from Jackson-jr's; fix that first");
            }
            double[] pluginMs = new double[ROUNDS];
            double[] rawMs = new double[ROUNDS];
            double[] jacksonMs = new double[ROUNDS];
            double[] generatedMs = new double[ROUNDS];
            java.lang.reflect.Method decode = generated("in", byte[].class);
            java.lang.reflect.Method encode = generated("out", Document.class);
            for (int i = 0; i < WARMUP + ROUNDS; i++) {
                long t0 = System.nanoTime();
                plugin.call("roundtrip", json);
                long t1 = System.nanoTime();
                plugin.call("raw", json);
                long t2 = System.nanoTime();
                byte[] again = JSON.std.asBytes(JSON.std.beanFrom(Document.class, json));
                long t3 = System.nanoTime();
                byte[] generatedOut = decode == null ? json : (byte[]) encode.invoke(null, decode.invoke(null, json));
                long t4 = System.nanoTime();
                if (again.length != json.length || !Arrays.equals(generatedOut, json)) {
                    throw new IllegalStateException("a round trip on the host JVM changed the document");
                }
                if (i >= WARMUP) {
                    pluginMs[i - WARMUP] = (t1 - t0) / 1e6;
                    rawMs[i - WARMUP] = (t2 - t1) / 1e6;
                    jacksonMs[i - WARMUP] = (t3 - t2) / 1e6;
                    generatedMs[i - WARMUP] = (t4 - t3) / 1e6;
                }
            }
            double p = median(pluginMs);
            double r = median(rawMs);
            double j = median(jacksonMs);
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "## decode + encode a %,d-byte document (%d orders), median of %d%n",
                    json.length,
                    document.orders().size(),
                    ROUNDS);
            System.out.println();
            System.out.println("| where | ms | vs Jackson-jr |");
            System.out.println("|---|---|---|");
            System.out.printf(
                    Locale.ROOT, "| plug-in on Chicory (call, copies, decode, encode) | %.1f | %.2fx |%n", p, p / j);
            System.out.printf(
                    Locale.ROOT,
                    "| plug-in on Chicory, same bytes without JSON (call and copies) | %.1f | %.2fx |%n",
                    r,
                    r / j);
            System.out.printf(Locale.ROOT, "| plug-in JSON alone (difference) | %.1f | %.2fx |%n", p - r, (p - r) / j);
            System.out.printf(
                    Locale.ROOT,
                    "| Jackson-jr JSON.std on the host JVM (%s) | %.1f | 1.00x |%n",
                    Runtime.version().feature(),
                    j);
            if (decode != null) {
                double g = median(generatedMs);
                System.out.printf(
                        Locale.ROOT,
                        "| the plug-in's generated JSON code run on the host JVM | %.1f | %.2fx |%n",
                        g,
                        g / j);
            }
            System.out.println();
        }
    }

    /**
     * The generated {@code Codecs} method of json-codec.wasm whose name starts with {@code prefix},
     * from target/javapdk/json-codec/json-classes (on the class path under -Pbench); null if absent.
     */
    private static java.lang.reflect.Method generated(String prefix, Class<?> parameter) {
        try {
            Class<?> codecs = Class.forName("dev.javapdk.generated.json.Codecs");
            for (java.lang.reflect.Method method : codecs.getMethods()) {
                if (method.getName().startsWith(prefix)
                        && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == parameter) {
                    return method;
                }
            }
        } catch (ClassNotFoundException e) {
            System.out.println("(generated JSON code not on the class path: run with -Pbench)");
        }
        return null;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Random but fixed orders adding up to about {@code bytes} of JSON. */
    static Document document(int bytes) throws Exception {
        Random random = new Random(42);
        List<Order> orders = new ArrayList<>();
        int size = 0;
        while (size < bytes) {
            List<Line> lines = new ArrayList<>();
            for (int i = random.nextInt(8) + 1; i > 0; i--) {
                lines.add(new Line(
                        "SKU-" + random.nextInt(100000),
                        "Item nº " + random.nextInt(1000) + " – " + "größe " + random.nextInt(50),
                        random.nextInt(20) + 1,
                        random.nextInt(100000) / 100.0,
                        List.of("tag" + random.nextInt(10), "ünïcode")));
            }
            Map<String, Long> counters = new LinkedHashMap<>();
            counters.put("views", random.nextLong());
            Order order = new Order(
                    "order-" + orders.size(),
                    "customer " + random.nextInt(5000),
                    lines,
                    counters,
                    random.nextBoolean());
            orders.add(order);
            size += JSON.std.asBytes(order).length + 1;
        }
        return new Document(orders);
    }
}
