package com.example.chatgpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.PluginTrapException;
import dev.javapdk.harness.PluginValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * target/chatgpt.wasm on the Chicory host against a local stand-in for OpenAI's chat completions
 * endpoint on 127.0.0.1 (no other network). Subclasses run the same tests on the JS SDKs.
 */
class ChatGptIT {
    static final String WASM = "target/chatgpt.wasm";
    static final String KEY = "sk-test-0123456789";
    static HttpServer server;
    /** What the stand-in received: one map per request (method, path, authorization, body). */
    static final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();

    /** The plug-in as a user would configure it, with the stand-in's URL; fresh for each test. */
    @ExtismPlugin(
            wasm = WASM,
            config = {"open_ai_key=" + KEY, "base_url=${baseUrl}"},
            allowedHosts = "127.0.0.1")
    LoadedPlugin plugin;

    @PluginValue("baseUrl")
    static String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    static final String HTML_PLEASE = "answer with an HTML page";
    static final String WRONG_SHAPE_PLEASE = "answer with choices that are not a list";

    @BeforeAll
    static void startTheStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ChatGptIT::chatCompletions);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void forget() {
        requests.clear();
    }

    /**
     * Plays POST /v1/chat/completions: checks the bearer key and the body's shape as OpenAI does,
     * and answers in the API's response shape with a content made from the prompt.
     */
    private static void chatCompletions(HttpExchange exchange) throws IOException {
        Map<String, Object> body = JSON.std.mapFrom(exchange.getRequestBody().readAllBytes());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(Map.of(
                "method", exchange.getRequestMethod(),
                "authorization", String.valueOf(authorization),
                "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                "body", body));
        if (!("Bearer " + KEY).equals(authorization)) {
            reply(
                    exchange,
                    401,
                    "{\"error\":{\"message\":\"Incorrect API key provided: sk-wrong. You can find your API key at"
                            + " https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\","
                            + "\"param\":null,\"code\":\"invalid_api_key\"}}");
            return;
        }
        List<?> messages = (List<?>) body.get("messages");
        Map<?, ?> last = (Map<?, ?>) messages.get(messages.size() - 1);
        if (HTML_PLEASE.equals(last.get("content"))) {
            reply(exchange, 200, "<html><body>502 Bad Gateway</body></html>");
            return;
        }
        if (WRONG_SHAPE_PLEASE.equals(last.get("content"))) {
            reply(exchange, 200, "{\"choices\":{\"message\":\"not a list\"}}");
            return;
        }
        String content = "You said: " + last.get("content") + " (" + body.get("model") + ")";
        reply(
                exchange,
                200,
                "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion\",\"created\":1764547200,\"model\":"
                        + JSON.std.asString(body.get("model")) + ",\"choices\":[{\"index\":0,\"message\":"
                        + "{\"role\":\"assistant\",\"content\":" + JSON.std.asString(content)
                        + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21},"
                        + "\"system_fingerprint\":\"fp_0123\"}");
    }

    /** The plug-in error of a call that must fail with one. */
    static String errorOf(LoadedPlugin plugin, String prompt) {
        return assertThrows(PluginCallException.class, () -> plugin.call("call_chat_gpt", prompt))
                .pluginMessage();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void answersWithTheFirstChoice() {
        assertEquals(
                "You said: Tell me a joke about 🐘 (gpt-4o-mini)",
                plugin.call("call_chat_gpt", "Tell me a joke about 🐘"));
        assertEquals(
                List.of(Map.of(
                        "method",
                        "POST",
                        "authorization",
                        "Bearer " + KEY,
                        "contentType",
                        "application/json",
                        "body",
                        Map.of(
                                "model",
                                "gpt-4o-mini",
                                "messages",
                                List.of(Map.of("role", "user", "content", "Tell me a joke about 🐘"))))),
                requests);
        assertEquals("You said: again (gpt-4o-mini)", plugin.call("call_chat_gpt", "again"));
    }

    @Test
    void theModelAndABaseUrlWithASlashComeFromConfig(
            @ExtismPlugin(
                            wasm = WASM,
                            config = {"open_ai_key=" + KEY, "base_url=${baseUrl}/", "model=gpt-test-1"},
                            allowedHosts = "127.0.0.1")
                    LoadedPlugin plugin) {
        assertEquals("You said: Hi (gpt-test-1)", plugin.call("call_chat_gpt", "Hi"));
    }

    @Test
    void theKeyIsRequired(
            @ExtismPlugin(wasm = WASM, config = "base_url=${baseUrl}", allowedHosts = "127.0.0.1")
                    LoadedPlugin plugin) {
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    "config open_ai_key is required: the OpenAI API key to send as the bearer token",
                    errorOf(plugin, "Hi"));
        }
        assertEquals("call_chat_gpt needs a prompt as input, got an empty string", errorOf(plugin, ""));
        assertEquals(List.of(), requests);
    }

    @Test
    void aWrongKeyGivesTheStatusAndTheApisMessage(
            @ExtismPlugin(
                            wasm = WASM,
                            config = {"open_ai_key=sk-wrong", "base_url=${baseUrl}"},
                            allowedHosts = "127.0.0.1")
                    LoadedPlugin plugin) {
        assertEquals(
                "OpenAI API answered 401: Incorrect API key provided: sk-wrong. You can find your API key at"
                        + " https://platform.openai.com/account/api-keys.",
                errorOf(plugin, "Hi"));
        assertEquals("Bearer sk-wrong", requests.get(0).get("authorization"));
    }

    /** The stand-in answers these two prompts with a 200 whose body is not a chat completion. */
    @Test
    void aMalformedAnswerIsAClearError() {
        assertEquals(
                "OpenAI API answered 200 with a body that is not a chat completion: malformed JSON at line 1,"
                        + " column 1 (byte 0): expected a JSON value, got '<'",
                errorOf(plugin, HTML_PLEASE));
        assertEquals(
                "OpenAI API answered 200 with a body that is not a chat completion: $.choices: expected array,"
                        + " got object",
                errorOf(plugin, WRONG_SHAPE_PLEASE));
        assertEquals("You said: Hi (gpt-4o-mini)", plugin.call("call_chat_gpt", "Hi"));
    }

    /**
     * The API's host is not in allowed_hosts: the host refuses the request before it is made, and
     * the plug-in keeps answering (here: the same refusal again, not a broken instance).
     */
    @Test
    void aHostNotAllowedIsRefused(
            @ExtismPlugin(
                            wasm = WASM,
                            config = {"open_ai_key=" + KEY, "base_url=${baseUrl}"},
                            allowedHosts = "api.openai.com")
                    LoadedPlugin plugin) {
        for (int i = 0; i < 2; i++) {
            PluginTrapException e = assertThrows(PluginTrapException.class, () -> plugin.call("call_chat_gpt", "Hi"));
            assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
        }
        assertEquals("call_chat_gpt needs a prompt as input, got an empty string", errorOf(plugin, ""));
        assertEquals(List.of(), requests);
    }

    /** Imports only what every host here has: HTTP without http_headers, no trace logging. */
    @Test
    void importsHttpButNotHttpHeaders() {
        ModuleInfo module = ModuleInfo.read(Path.of(WASM));
        assertTrue(
                module.imports().contains("extism:host/env.http_request"),
                module.imports().toString());
        assertTrue(
                module.imports().contains("extism:host/env.http_status_code"),
                module.imports().toString());
        assertTrue(
                module.imports().stream()
                        .noneMatch(i -> i.endsWith(".http_headers")
                                || i.endsWith(".log_trace")
                                || i.endsWith(".get_log_level")),
                module.imports().toString());
        assertEquals(java.util.Set.of("call_chat_gpt"), module.functionExports());
    }
}
