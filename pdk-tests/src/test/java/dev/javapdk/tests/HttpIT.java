package dev.javapdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.LogEntry;
import dev.javapdk.harness.LogLevel;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.Plugins;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Http through the Chicory host against a real local server on 127.0.0.1 (no other network). */
class HttpIT {
    static final String WASM = "target/pdk-tests-http.wasm";
    static HttpServer server;
    static String base;
    static final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                            + exchange.getRequestHeaders().getFirst("X-Test") + " " + body);
            reply(exchange, 200, exchange.getRequestMethod() + " " + body);
        });
        server.createContext("/missing", exchange -> reply(exchange, 404, "not here"));
        server.createContext("/chat", exchange -> {
            Map<String, Object> request =
                    JSON.std.mapFrom(exchange.getRequestBody().readAllBytes());
            seen.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + JSON.std.asString(request));
            reply(
                    exchange,
                    200,
                    "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                            + "\"message\":{\"role\":\"assistant\",\"content\":\"Hi there!\"},\"finish_reason\":\"stop\"}]}");
        });
        server.createContext("/overloaded", exchange -> reply(exchange, 503, "{\"error\":\"busy\"}"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Extism's cross-PDK check: input, config, vars, HTTP GET, logs at four levels, output = input. */
    @Test
    void kitchenSink() {
        seen.clear();
        try (LoadedPlugin plugin = Plugins.builder(Path.of(WASM))
                .config("url", base + "/echo")
                .allowedHosts("127.0.0.1")
                .build()) {
            byte[] input = "kitchen sink: ü 🌍 \u0000".getBytes(StandardCharsets.UTF_8);
            assertEquals(
                    new String(input, StandardCharsets.UTF_8),
                    new String(plugin.call("kitchen_sink", input), StandardCharsets.UTF_8));
            assertEquals(List.of("GET /echo null "), seen);
            assertEquals(
                    List.of(
                            new LogEntry(LogLevel.INFO, "info: " + input.length + " bytes"),
                            new LogEntry(LogLevel.DEBUG, "debug: GET " + base + "/echo"),
                            new LogEntry(LogLevel.WARN, "warn: status 200"),
                            new LogEntry(LogLevel.ERROR, "error: none, body GET ")),
                    plugin.logs());
        }
    }

    @Test
    void getPutAndStatusCodes(@ExtismPlugin(wasm = WASM, allowedHosts = "127.0.0.1") LoadedPlugin plugin) {
        seen.clear();
        assertEquals("200|GET ", plugin.call("get", base + "/echo"));
        assertEquals("200|PUT payload ü", plugin.call("put", base + "/echo"));
        assertEquals("404|not here", plugin.call("get", base + "/missing"));
        assertEquals(List.of("GET /echo yes ", "PUT /echo null payload ü"), seen);
    }

    @Test
    void jsonBodiesBothWays(@ExtismPlugin(wasm = WASM, allowedHosts = "127.0.0.1") LoadedPlugin plugin) {
        seen.clear();
        assertEquals("{\"content\":\"Hi there!\",\"role\":\"assistant\"}", plugin.call("chat", base + "/chat"));
        assertEquals(
                List.of("Bearer k application/json {\"messages\":[{\"content\":\"Hello?\",\"role\":\"user\"}],"
                        + "\"model\":\"test-model\"}"),
                seen);
        PluginCallException busy =
                assertThrows(PluginCallException.class, () -> plugin.call("chat", base + "/overloaded"));
        assertEquals("chat service answered 503: {\"error\":\"busy\"}", busy.pluginMessage());
        assertEquals("{\"error\":\"busy\"}", plugin.call("tree", base + "/overloaded"));
    }

    @Test
    void aHostNotAllowedIsRefusedAndTheInstanceKeepsWorking() {
        try (LoadedPlugin plugin =
                Plugins.builder(Path.of(WASM)).allowedHosts("example.invalid").build()) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> plugin.call("get", base + "/echo"));
            assertTrue(String.valueOf(refused.getMessage()).contains("get"), refused.toString());
            try (LoadedPlugin allowed =
                    Plugins.builder(Path.of(WASM)).allowedHosts("127.0.0.1").build()) {
                assertEquals("200|GET ", allowed.call("get", base + "/echo"));
            }
        }
    }
}
