package dev.javapdk.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.javapdk.pdk.Export;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.BuildOptions.Optimization;
import dev.javapdk.pipeline.PluginBuilder;
import dev.javapdk.pipeline.teavm.TeaVMCompiler;
import dev.javapdk.wasm.DataSegment;
import dev.javapdk.wasm.WasmModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.extism.sdk.chicory.Manifest;
import org.extism.sdk.chicory.ManifestWasm;
import org.extism.sdk.chicory.Plugin;

/**
 * The speed and size table: every Java plug-in against count_vowels in C (src/main/c), side by
 * side in one run, on the Chicory SDK (runtime compiler on) and on the JS SDK 1.0.3 and 2.0 in Node
 * (timed inside Node by src/main/js/bench.mjs, one Node process per SDK). Each round runs every plug-in once in turn, so they all
 * see the same machine load; the figures are medians over rounds, after warm-up rounds. Nothing is
 * asserted: on a shared machine only ratios measured together mean anything.
 *
 * <p>Also builds samples/count-vowels again in-process (TeaVM build time; the SIMPLE and FULL
 * optimisation levels; a build with debug names for the per-class size breakdown).
 *
 * <p>Writes the tables to {@code target/benchmark.md} and prints them.
 */
public final class Benchmark {
    static final String SMALL_INPUT = "Hello World 1234"; // 16 bytes
    private static final int MIB = 1 << 20;

    private final Path target;
    private final Path root;
    private final StringBuilder md = new StringBuilder();

    private Benchmark(Path target, Path root) {
        this.target = target;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        Path root = Path.of(args.length > 1 ? args[1] : "..").toAbsolutePath().normalize();
        new Benchmark(target, root).run();
    }

    /** A plug-in measured in the table. */
    record Subject(String label, Path wasm, boolean isC) {}

    private void run() throws Exception {
        Path c = target.resolve("count-vowels-c.wasm");
        Path sample = root.resolve("samples/count-vowels/target/count-vowels.wasm");
        Path greet = root.resolve("samples/greet/target/greet.wasm");
        for (Path p : List.of(c, sample, greet)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(p + " is missing: run " + command());
            }
        }

        // Builds of the sample, in this JVM: first (cold) and last (warm) at the default level.
        Path variants = target.resolve("variants");
        Path classes = root.resolve("samples/count-vowels/target/classes");
        double coldBuild = build(classes, variants, "advanced", BuildOptions.defaults());
        build(classes, variants, "full", BuildOptions.defaults().withOptimization(Optimization.FULL));
        build(classes, variants, "simple", BuildOptions.defaults().withOptimization(Optimization.SIMPLE));
        build(classes, variants, "names", BuildOptions.defaults().withDebugNames(true));
        // The pipeline's inlining policy against TeaVM's own (see InliningWasmTarget).
        System.setProperty("javapdk.inlining", "teavm");
        try {
            build(classes, variants, "teavm-inlining", BuildOptions.defaults());
            build(
                    classes,
                    variants,
                    "teavm-inlining-names",
                    BuildOptions.defaults().withDebugNames(true));
        } finally {
            System.clearProperty("javapdk.inlining");
        }
        Path benchClasses = target.resolve("classes");
        for (String plugin : List.of("Chat", "NoIo")) {
            build(
                    benchClasses,
                    variants,
                    plugin + "-names",
                    BuildOptions.defaults()
                            .withDebugNames(true)
                            .withExportClasses(java.util.Set.of("dev.javapdk.bench.plugin." + plugin)));
        }
        double warmBuild = build(classes, variants, "advanced", BuildOptions.defaults());

        Subject cSubject = new Subject("C (clang -O2, raw ABI)", c, true);
        Subject sampleSubject = new Subject("Java: samples/count-vowels (String, charAt, indexOf)", sample, false);
        Subject bytes = new Subject(
                "Java: byte[] + ASCII table (CountVowelsBytes)", target.resolve("count-vowels-bytes.wasm"), false);
        Subject full = new Subject(
                "Java: samples/count-vowels built with FULL", variants.resolve("count-vowels-full.wasm"), false);
        Subject simple = new Subject(
                "Java: samples/count-vowels built with SIMPLE", variants.resolve("count-vowels-simple.wasm"), false);
        Subject teavmInlining = new Subject(
                "Java: samples/count-vowels with TeaVM's own inlining (`-Djavapdk.inlining=teavm`)",
                variants.resolve("count-vowels-teavm-inlining.wasm"),
                false);
        List<Subject> counters = new ArrayList<>(List.of(cSubject, sampleSubject, bytes, full, simple, teavmInlining));
        counters.addAll(binaryen(sample, variants));

        byte[] small = SMALL_INPUT.getBytes(StandardCharsets.UTF_8);
        byte[] big = text(MIB);
        byte[] json = JSON.std.asBytes(JsonBenchmark.document(MIB));

        // Same answers first: a fast wrong plug-in would be no baseline.
        byte[] expected = null;
        for (Subject s : counters) {
            byte[] out = newChicory(s.wasm(), true).call("count_vowels", big);
            if (expected != null && !Arrays.equals(expected, out)) {
                throw new IllegalStateException(s.label() + " answers " + new String(out, StandardCharsets.UTF_8)
                        + ", C " + new String(expected, StandardCharsets.UTF_8));
            }
            expected = out;
        }

        Map<String, Double> chicory = chicory(counters, small, big, json);
        Map<String, Double> node = node(NODE1, counters, small, big, json);
        Map<String, Double> node2 = node(NODE2, counters, small, big, json);
        List<Map<String, Double>> hosts = List.of(chicory, node, node2);

        section("Speed and size: Java plug-ins against C", "");
        line("Measured " + LocalDate.now() + " on " + machine() + "; Chicory SDK 0.3.0 (runtime compiler on, "
                + "JDK " + Runtime.version().feature() + ") and Extism JS SDK " + sdkVersions.get(NODE1) + " and "
                + sdkVersions.get(NODE2) + " (Node " + nodeVersion()
                + "). Medians; each round runs every plug-in in turn (on Node, the 1.0 rounds, then the 2.0 ones)."
                + " Ratios are to C on the same host in the same run.");
        line("");
        line("| row | plug-in | Chicory | × C | Node, JS SDK 1.0 | × C | Node, JS SDK 2.0 | × C |");
        line("|---|---|---|---|---|---|---|---|");
        speedRows("count_vowels, 1 MiB input (ms per call)", "big", counters, hosts);
        List<Subject> smallRows = new ArrayList<>(counters);
        smallRows.add(nothing());
        speedRows("count_vowels, 16-byte input (µs per call)", "small", smallRows, hosts);
        speedRows(
                "instantiation (ms; Chicory compiles the module)",
                "init",
                List.of(cSubject, sampleSubject, bytes),
                hosts);
        speedRows(
                "count_vowels taken apart, 1 MiB input (ms; `probe.wasm`: fixed vowels, no config, var or JSON)",
                "probe",
                probes(cSubject),
                hosts);
        line(String.format(
                Locale.ROOT,
                "| JSON decode + encode, %,d-byte document (ms) | json-codec.wasm `roundtrip` | %.1f | | %.1f | | %.1f | |",
                json.length,
                chicory.get("json"),
                node.get("json"),
                node2.get("json")));
        line(String.format(
                Locale.ROOT,
                "| same bytes in and out, no JSON (ms) | json-codec.wasm `raw` | %.1f | | %.1f | | %.1f | |",
                chicory.get("raw"),
                node.get("raw"),
                node2.get("raw")));
        line("");

        // Sizes.
        long cSize = Files.size(c);
        line("| `.wasm` | bytes | × C count_vowels |");
        line("|---|---|---|");
        Map<String, Path> sizes = new LinkedHashMap<>();
        sizes.put("C count_vowels (src/main/c)", c);
        sizes.put("samples/count-vowels", sample);
        sizes.put("samples/greet", greet);
        sizes.put("count-vowels-bytes (benchmark)", bytes.wasm());
        sizes.put("samples/count-vowels, FULL", full.wasm());
        sizes.put("samples/count-vowels, SIMPLE", simple.wasm());
        sizes.put("samples/count-vowels, TeaVM's own inlining", teavmInlining.wasm());
        for (Subject s : counters.subList(6, counters.size())) {
            sizes.put("samples/count-vowels, " + s.label().substring(s.label().indexOf("binaryen")), s.wasm());
        }
        sizes.put("no-io: `int tick()`, no input or output", target.resolve("no-io.wasm"));
        sizes.put("chat: HTTP + JSON records (ChatGPT-style)", target.resolve("chat.wasm"));
        sizes.put("json-codec (benchmark)", target.resolve("json-codec.wasm"));
        for (Map.Entry<String, Path> e : sizes.entrySet()) {
            long n = Files.size(e.getValue());
            line(String.format(Locale.ROOT, "| %s | %,d | %.1f× |", e.getKey(), n, (double) n / cSize));
        }
        line("");
        line(String.format(
                Locale.ROOT,
                "TeaVM build of samples/count-vowels in this JVM (scan, glue, TeaVM, rewrite, "
                        + "check): first %.1f s, warm %.1f s.",
                coldBuild,
                warmBuild));
        line("");

        // Budgets.
        section("Budgets", "");
        line("| budget | measured | status |");
        line("|---|---|---|");
        List<String> hostNames = List.of("Chicory", "Node, JS SDK 1.0", "Node, JS SDK 2.0");
        for (int h = 0; h < hosts.size(); h++) {
            String host = hostNames.get(h);
            Map<String, Double> t = hosts.get(h);
            budget(
                    "count_vowels 1 MiB ≤ 1.25× C, " + host + " (byte[] plug-in)",
                    t.get("big " + bytes.label()) / t.get("big " + cSubject.label()),
                    1.25,
                    "×");
            budget(
                    "16-byte input ≤ 1.25× C, " + host + " (sample)",
                    t.get("small " + sampleSubject.label()) / t.get("small " + cSubject.label()),
                    1.25,
                    "×");
            budget(
                    "String-based user loop ≤ 2.5× C, " + host + " (sample, 1 MiB)",
                    t.get("big " + sampleSubject.label()) / t.get("big " + cSubject.label()),
                    2.5,
                    "×");
        }
        budget("count-vowels size ≤ 39,572 B", Files.size(sample), 39_572, " B");
        budget("greet ≤ 30 KB", Files.size(greet), 30_000, " B");
        budget("no-I/O function ≤ 20 KB", Files.size(target.resolve("no-io.wasm")), 20_000, " B");
        budget("ChatGPT-style plug-in ≤ 100 KB", Files.size(target.resolve("chat.wasm")), 100_000, " B");
        budget("TeaVM build of one sample ≤ 5 s (warm: not the first build in the JVM)", warmBuild, 5, " s");
        budget("TeaVM build of one sample ≤ 5 s (first build in a fresh JVM)", coldBuild, 5, " s");
        line("");

        section("Where the bytes go: samples/count-vowels", "");
        sections(sample);
        breakdown(variants.resolve("count-vowels-names.wasm"), 25, 15);
        section("Where the bytes go: samples/count-vowels with TeaVM's own inlining", "");
        breakdown(variants.resolve("count-vowels-teavm-inlining-names.wasm"), 0, 15);
        section("Where the bytes go: chat (HTTP + JSON records)", "");
        breakdown(variants.resolve("count-vowels-Chat-names.wasm"), 15, 0);
        section("Where the bytes go: no-io", "");
        breakdown(variants.resolve("count-vowels-NoIo-names.wasm"), 15, 0);

        Path out = target.resolve("benchmark.md");
        Files.writeString(out, md.toString());
        System.out.println();
        System.out.print(md);
        System.out.println("(written to " + out + ")");
    }

    static String command() {
        return "./mvnw -B verify -Pbench -pl samples/count-vowels,samples/greet,benchmarks -am"
                + " -Dinvoker.test=none-matches -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dit.test=CBaselineIT -Dfailsafe.failIfNoSpecifiedTests=false";
    }

    // ---- building ----

    private double build(Path classes, Path dir, String name, BuildOptions options) throws Exception {
        Path api = Path.of(
                Export.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = dir.resolve("count-vowels-" + name + ".wasm");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        new PluginBuilder(new TeaVMCompiler(), m -> {})
                .build(classes, List.of(api), dir.resolve("work-" + name), out, options);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The sample passed through binaryen's wasm-opt (npm ci in benchmarks/src/main/js), to measure
     * what it would save; none if binaryen is not installed.
     */
    private List<Subject> binaryen(Path sample, Path dir) throws Exception {
        Path wasmOpt = root.resolve("benchmarks/src/main/js/node_modules/binaryen/bin/wasm-opt");
        if (!Files.isRegularFile(wasmOpt)) {
            System.out.println("(no binaryen rows: run npm ci --prefix benchmarks/src/main/js)");
            return List.of();
        }
        List<Subject> list = new ArrayList<>();
        // -ocimfs (--one-caller-inline-max-function-size) caps inlining into one caller: without
        // it a function can grow past what HotSpot compiles (8,000 bytecode bytes) on Chicory.
        for (String level : List.of("-Oz", "-Oz -ocimfs=100", "-O3 -ocimfs=100")) {
            Path out = dir.resolve("count-vowels-binaryen" + level.replaceAll("[ =]", "") + ".wasm");
            List<String> command = new ArrayList<>(List.of(
                    "node",
                    wasmOpt.toString(),
                    sample.toString(),
                    "--mvp-features",
                    "--enable-bulk-memory",
                    "--enable-sign-ext",
                    "--enable-nontrapping-float-to-int",
                    "--enable-mutable-globals"));
            command.addAll(List.of(level.split(" ")));
            command.addAll(List.of("-o", out.toString()));
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("wasm-opt failed: " + command);
            }
            list.add(new Subject("Java: samples/count-vowels + binaryen wasm-opt " + level, out, false));
        }
        return list;
    }

    // ---- Chicory ----

    private static Plugin newChicory(Path wasm, boolean compiler) throws IOException {
        Manifest manifest = Manifest.ofWasms(
                        ManifestWasm.fromBytes(Files.readAllBytes(wasm)).build())
                .withOptions(new Manifest.Options().withAoT(compiler))
                .build();
        return Plugin.ofManifest(manifest).build();
    }

    /** A timed task: returns milliseconds per operation. */
    interface Task {
        double run() throws Exception;
    }

    private Map<String, Double> chicory(List<Subject> counters, byte[] small, byte[] big, byte[] json)
            throws Exception {
        System.out.println("Timing on Chicory…");
        Map<String, Task> tasks = new LinkedHashMap<>();
        for (Subject s : counters) {
            Plugin p = newChicory(s.wasm(), true);
            tasks.put("big " + s.label(), () -> timeCalls(p, "count_vowels", big, 1));
            tasks.put("small " + s.label(), () -> timeCalls(p, "count_vowels", small, 500) * 1000);
            if (s.isC()) {
                Plugin probe = newChicory(target.resolve("probe.wasm"), true);
                tasks.put("small " + nothing().label(), () -> timeCalls(probe, "nothing", small, 500) * 1000);
            }
        }
        Plugin probe = newChicory(target.resolve("probe.wasm"), true);
        tasks.put("probe " + cSubject(counters).label(), () -> timeCalls(cPlugin(counters), "count_vowels", big, 1));
        for (Subject s : probes(cSubject(counters)).subList(1, PROBES.length + 1)) {
            tasks.put(
                    "probe " + s.label(),
                    () -> timeCalls(
                            probe,
                            s.label()
                                    .substring(
                                            s.label().indexOf('`') + 1,
                                            s.label().lastIndexOf('`')),
                            big,
                            1));
        }
        Plugin codec = newChicory(target.resolve("json-codec.wasm"), true);
        tasks.put("json", () -> timeCalls(codec, "roundtrip", json, 1));
        tasks.put("raw", () -> timeCalls(codec, "raw", json, 1));
        Map<String, Double> result = rounds(tasks, 10, 21);

        Map<String, Task> init = new LinkedHashMap<>();
        for (Subject s : counters.subList(0, 3)) {
            init.put("init " + s.label(), () -> {
                long t0 = System.nanoTime();
                newChicory(s.wasm(), true);
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        result.putAll(rounds(init, 2, 7));
        return result;
    }

    private static final String[][] PROBES = {
        {"nothing", "the call alone"},
        {"read_bytes", "+ input copied to a byte[]"},
        {"read_string", "+ input decoded to a String"},
        {"loop_string", "+ charAt/indexOf loop (the sample's)"},
        {"loop_bytes", "byte[] + table loop instead"},
    };

    private Plugin cPlugin;

    private Plugin cPlugin(List<Subject> counters) throws IOException {
        if (cPlugin == null) {
            cPlugin = newChicory(cSubject(counters).wasm(), true);
        }
        return cPlugin;
    }

    /** probe.wasm's empty export: what any call costs. */
    private Subject nothing() {
        return new Subject(
                "Java: `nothing` (probe.wasm: no input read, no output)", target.resolve("probe.wasm"), false);
    }

    private static Subject cSubject(List<Subject> counters) {
        return counters.get(0);
    }

    private List<Subject> probes(Subject c) {
        List<Subject> list = new ArrayList<>();
        list.add(c);
        for (String[] p : PROBES) {
            list.add(new Subject("Java: `" + p[0] + "` " + p[1], target.resolve("probe.wasm"), false));
        }
        return list;
    }

    private static double timeCalls(Plugin p, String fn, byte[] input, int n) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            p.call(fn, input);
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    private static Map<String, Double> rounds(Map<String, Task> tasks, int warmup, int rounds) throws Exception {
        Map<String, double[]> samples = new LinkedHashMap<>();
        tasks.keySet().forEach(k -> samples.put(k, new double[rounds]));
        for (int r = 0; r < warmup + rounds; r++) {
            for (Map.Entry<String, Task> e : tasks.entrySet()) {
                double ms = e.getValue().run();
                if (r >= warmup) {
                    samples.get(e.getKey())[r - warmup] = ms;
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((k, v) -> medians.put(k, median(v)));
        return medians;
    }

    // ---- Node ----

    /** The JS SDKs, as test-harness/js installs them (2.0.0-rc13 under an npm alias). */
    private static final String NODE1 = "@extism/extism";

    private static final String NODE2 = "@extism/extism-2";

    /** SDK package → the version bench.mjs loaded. */
    private final Map<String, String> sdkVersions = new LinkedHashMap<>();

    private Map<String, Double> node(String sdk, List<Subject> counters, byte[] small, byte[] big, byte[] json)
            throws Exception {
        System.out.println("Timing on Node, " + sdk + "…");
        Path nodeModules = root.resolve("test-harness/js/node_modules");
        if (!Files.isDirectory(nodeModules.resolve(sdk))) {
            throw new IllegalStateException(nodeModules + " has no " + sdk + ": run npm ci --prefix test-harness/js");
        }
        String smallFile = inputFile("small", small);
        String bigFile = inputFile("big", big);
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Subject s : counters) {
            tasks.add(task("big " + s.label(), s.wasm(), "count_vowels", bigFile, "call", 1));
            tasks.add(task("small " + s.label(), s.wasm(), "count_vowels", smallFile, "call", 500));
            if (s.isC()) {
                tasks.add(task("small " + nothing().label(), nothing().wasm(), "nothing", smallFile, "call", 500));
            }
        }
        for (Subject s : probes(counters.get(0))) {
            String fn = s.isC()
                    ? "count_vowels"
                    : s.label().substring(s.label().indexOf('`') + 1, s.label().lastIndexOf('`'));
            tasks.add(task("probe " + s.label(), s.wasm(), fn, bigFile, "call", 1));
        }
        String jsonFile = inputFile("json", json);
        tasks.add(task("json", target.resolve("json-codec.wasm"), "roundtrip", jsonFile, "call", 1));
        tasks.add(task("raw", target.resolve("json-codec.wasm"), "raw", jsonFile, "call", 1));
        for (Subject s : counters.subList(0, 3)) {
            tasks.add(task("init " + s.label(), s.wasm(), null, null, "instantiate", 1));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("warmup", 10);
        spec.put("rounds", 21);
        spec.put("tasks", tasks);
        Path specFile = target.resolve("node-bench.json");
        Files.write(specFile, JSON.std.asBytes(spec));
        Path script = root.resolve("benchmarks/src/main/js/bench.mjs");
        Process process = new ProcessBuilder(
                        "node", "--expose-gc", script.toString(), nodeModules.toString(), specFile.toString(), sdk)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("node bench.mjs failed: " + out);
        }
        Map<String, Object> raw = JSON.std.mapFrom(out.trim());
        sdkVersions.put(sdk, String.valueOf(raw.remove("sdkVersion")));
        Map<String, Double> medians = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            double[] values = ((List<?>) v)
                    .stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
            medians.put(k, k.startsWith("small ") ? median(values) * 1000 : median(values));
        });
        return medians;
    }

    /** Writes an input for bench.mjs; returns its path. */
    private String inputFile(String name, byte[] bytes) throws IOException {
        Path file = target.resolve("inputs").resolve(name + ".bin");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file.toString();
    }

    private static Map<String, Object> task(String id, Path wasm, String fn, String input, String kind, int batch) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("wasm", wasm.toString());
        if (fn != null) {
            t.put("fn", fn);
            t.put("inputFile", input);
        }
        t.put("kind", kind);
        t.put("batch", batch);
        return t;
    }

    // ---- sizes ----

    /** Section sizes of the release module, and its data before and after packing. */
    private void sections(Path wasm) throws IOException {
        WasmModule m = WasmModule.parse(Files.readAllBytes(wasm));
        line("| section of " + wasm.getFileName() + " | bytes |");
        line("|---|---|");
        m.sections()
                .forEach(s -> line(String.format(Locale.ROOT, "| %s | %,d |", s.id().describe(), s.encodedLength())));
        long data = m.data().stream().mapToLong(DataSegment::length).sum();
        long span = m.data().stream()
                        .mapToLong(d -> d.constantOffset().orElse(0) + d.length())
                        .max()
                        .orElse(0)
                - m.data().stream()
                        .mapToLong(d -> d.constantOffset().orElse(0))
                        .min()
                        .orElse(0);
        line("");
        line(String.format(
                Locale.ROOT,
                "Data: %d segments hold %,d non-zero-run bytes of a %,d-byte memory image "
                        + "(packing left out the rest, all zeros).",
                m.data().size(),
                data,
                span));
        line("");
    }

    /** Code bytes per class (TeaVM's function names say which class a method belongs to) and data. */
    private void breakdown(Path namedWasm, int topClasses, int topFunctions) throws IOException {
        WasmModule m = WasmModule.parse(Files.readAllBytes(namedWasm));
        Map<Integer, String> names = m.functionNames();
        Map<String, Integer> perClass = new TreeMap<>();
        List<Map.Entry<String, Integer>> functions = new ArrayList<>();
        int code = 0;
        for (int i = 0; i < m.code().size(); i++) {
            int size = m.code().get(i).bytes().length;
            String name = names.getOrDefault(m.importedFunctionCount() + i, "?");
            perClass.merge(owner(name), size, Integer::sum);
            functions.add(Map.entry(name, size));
            code += size;
        }
        long data = m.data().stream().mapToLong(DataSegment::length).sum();
        line(String.format(
                Locale.ROOT,
                "Built with debug names (`-Djavapdk.debugNames=true`; the name section itself is "
                        + "not counted): %d functions, %,d bytes of code; %d data segment(s), %,d bytes of data.",
                m.code().size(),
                code,
                m.data().size(),
                data));
        line("");
        line(
                "| class (code; TeaVM abbreviates packages: `jl` java.lang, `otr` org.teavm.runtime, `djp` dev.javapdk.pdk, "
                        + "`djpi` …pdk.internal, `djpj` …pdk.json, `djgj` the generated JSON code, `cev` com.example.vowels) | bytes | share |");
        line("|---|---|---|");
        int shown = 0;
        int rest = 0;
        List<Map.Entry<String, Integer>> classes = new ArrayList<>(perClass.entrySet());
        classes.sort((a, b) -> b.getValue() - a.getValue());
        for (Map.Entry<String, Integer> e : classes) {
            if (shown++ < topClasses) {
                line(String.format(
                        Locale.ROOT, "| `%s` | %,d | %.1f%% |", e.getKey(), e.getValue(), 100.0 * e.getValue() / code));
            } else {
                rest += e.getValue();
            }
        }
        line(String.format(
                Locale.ROOT,
                "| %d other classes | %,d | %.1f%% |",
                Math.max(0, classes.size() - topClasses),
                rest,
                100.0 * rest / code));
        line("");
        if (topFunctions == 0) {
            return;
        }
        line("| largest functions | bytes |");
        line("|---|---|");
        functions.sort((a, b) -> b.getValue() - a.getValue());
        for (Map.Entry<String, Integer> e : functions.subList(0, Math.min(topFunctions, functions.size()))) {
            line(String.format(Locale.ROOT, "| `%s` | %,d |", e.getKey(), e.getValue()));
        }
        line("");
    }

    /**
     * The class of a TeaVM function name: {@code meth_jl_String_charAt} → {@code jl_String}
     * (java.lang.String; TeaVM abbreviates packages); runtime helpers and exports as they are.
     */
    static String owner(String name) {
        String[] parts = name.split("_");
        if (parts.length >= 4
                && (parts[0].equals("meth") || parts[0].equals("initializer") || parts[0].equals("supertypeOf"))) {
            return parts[1] + "_" + parts[2];
        }
        return name.replaceAll("_[0-9]+$", "");
    }

    // ---- output ----

    /** One line per subject: its median on each host and its ratio to C (the first subject) there. */
    private void speedRows(String row, String key, List<Subject> subjects, List<Map<String, Double>> hosts) {
        Subject c = subjects.get(0);
        for (Subject s : subjects) {
            StringBuilder cells = new StringBuilder("| " + (s == c ? row : "") + " | " + s.label() + " |");
            for (Map<String, Double> host : hosts) {
                double value = host.get(key + " " + s.label());
                double ratio = value / host.get(key + " " + c.label());
                cells.append(String.format(Locale.ROOT, value < 10 ? " %.2f |" : " %.1f |", value));
                cells.append(String.format(Locale.ROOT, " %.2f× |", ratio));
            }
            line(cells.toString());
        }
    }

    private void budget(String what, double measured, double limit, String unit) {
        boolean met = measured <= limit;
        String value = unit.equals("×")
                ? String.format(Locale.ROOT, "%.2f×", measured)
                : unit.equals(" s")
                        ? String.format(Locale.ROOT, "%.1f s", measured)
                        : String.format(Locale.ROOT, "%,d B", (long) measured);
        String gap = unit.equals("×")
                ? String.format(Locale.ROOT, "%.2f× over", measured / limit)
                : unit.equals(" s")
                        ? String.format(Locale.ROOT, "%.1f s over", measured - limit)
                        : String.format(Locale.ROOT, "%,d B over", (long) (measured - limit));
        line("| " + what + " | " + value + " | " + (met ? "met" : "missed: " + gap) + " |");
    }

    private void section(String title, String text) {
        md.append("## ").append(title).append("\n\n");
        if (!text.isEmpty()) {
            md.append(text).append("\n\n");
        }
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** {@code size} bytes of English-like ASCII text. */
    static byte[] text(int size) {
        byte[] phrase = "The quick brown fox jumps over the lazy dog; a wizard's job is to vex chumps quickly in fog. "
                .getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = phrase[i % phrase.length];
        }
        return b;
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + System.getProperty("os.name");
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
