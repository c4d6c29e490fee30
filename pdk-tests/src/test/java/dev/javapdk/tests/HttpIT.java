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
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.PluginTrapException;
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
        server.createContext("/headers", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().add("X-Custom", "ü-less value");
            exchange.getResponseHeaders().add("X-Multi", "1");
            exchange.getResponseHeaders().add("X-Multi", "2");
            reply(exchange, 200, "with headers");
        });
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

    /**
     * A host outside allowed_hosts: every host stops the call (a trap, not an error the plug-in could
     * catch), and the same LoadedPlugin answers the next request. On Chicory it is the same instance;
     * the JS SDKs close a plug-in in a worker when a host function throws, so the harness reloads it
     * (the trap's message says so).
     */
    @Test
    void aHostNotAllowedIsRefusedAndTheInstanceKeepsWorking(
            @ExtismPlugin(wasm = WASM, allowedHosts = "127.0.0.1") LoadedPlugin plugin) {
        seen.clear();
        String refusedUrl = base.replace("127.0.0.1", "localhost") + "/echo";
        for (int i = 0; i < 3; i++) {
            PluginTrapException refused = assertThrows(PluginTrapException.class, () -> plugin.call("get", refusedUrl));
            assertTrue(refused.getMessage().contains("not allowed"), refused.getMessage());
            assertTrue(refused.getMessage().contains("localhost"), refused.getMessage());
            assertEquals("200|GET ", plugin.call("get", base + "/echo"));
        }
        assertEquals(List.of("GET /echo yes ", "GET /echo yes ", "GET /echo yes "), seen);
    }

    /** A connection that fails (nothing listens on port 1) is a trap too, and the plug-in goes on. */
    @Test
    void aFailedConnectionIsATrapAndThePluginGoesOn(
            @ExtismPlugin(wasm = WASM, allowedHosts = "127.0.0.1") LoadedPlugin plugin) {
        assertThrows(PluginTrapException.class, () -> plugin.call("get", "http://127.0.0.1:1/nothing"));
        assertEquals("200|GET ", plugin.call("get", base + "/echo"));
    }

    /**
     * No allowed hosts at all: Chicory refuses as above; the JS SDK 2.0 then runs the plug-in in the
     * foreground, where its http_request does nothing and answers no status, and Http.send says so.
     */
    @Test
    void withoutAllowedHostsTheRequestIsNotMade(@ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        seen.clear();
        if (plugin.hostName().equals("chicory")) {
            PluginTrapException refused =
                    assertThrows(PluginTrapException.class, () -> plugin.call("get", base + "/echo"));
            assertTrue(refused.getMessage().contains("not allowed"), refused.getMessage());
        } else {
            PluginCallException notMade =
                    assertThrows(PluginCallException.class, () -> plugin.call("get", base + "/echo"));
            assertEquals(
                    "HTTP GET " + base + "/echo was not performed: the host answered no status code (HTTP may be"
                            + " off on this host; its log says why)",
                    notMade.pluginMessage());
        }
        assertEquals(List.of(), seen);
        assertEquals("{\"content\":\"Hi\",\"role\":\"user\"}", plugin.call("echo_message", "Hi"));
    }

    @Test
    void responseHeadersWhenTheHostOffersThem(
            @ExtismPlugin(wasm = WASM, allowedHosts = "127.0.0.1", httpResponseHeaders = true) LoadedPlugin plugin) {
        String answer = plugin.call("headers", base + "/headers");
        assertTrue(answer.startsWith("200|text/plain; charset=utf-8|ü-less value|1, 2|"), answer);
        // content-length, content-type, date, x-custom, x-multi, and whatever else the server adds
        assertTrue(Integer.parseInt(answer.substring(answer.lastIndexOf('|') + 1)) >= 5, answer);
        PluginCallException stale =
                assertThrows(PluginCallException.class, () -> plugin.call("stale_headers", base + "/headers"));
        assertEquals(
                "java.lang.IllegalStateException: HTTP response headers are read from the host, which keeps only"
                        + " the latest response's: read them before sending the next request",
                stale.pluginMessage());
        assertTrue(plugin.call("headers", base + "/headers").startsWith("200|text/plain"));
    }

    @Test
    void noResponseHeadersWhenTheHostDoesNotOfferThem(
            @ExtismPlugin(wasm = WASM, allowedHosts = "127.0.0.1") LoadedPlugin plugin) {
        assertEquals("200|-|-|-|0", plugin.call("headers", base + "/headers"));
    }

    /** Only a plug-in that reads headers imports http_headers (which the JS SDK 1.0 lacks). */
    @Test
    void readingHeadersIsWhatImportsHttpHeaders() {
        assertTrue(ModuleInfo.read(Path.of(WASM)).imports().contains("extism:host/env.http_headers"));
    }
}
