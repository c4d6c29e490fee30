package com.example.funcgen;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local OpenAI-compatible chat endpoint on 127.0.0.1 that answers with canned content: the
 * answer is chosen by a keyword of the request's user message, so tests stay independent of the
 * order they run in. Requests are recorded.
 */
final class FakeLlm implements AutoCloseable {
    /** One recorded request: its Authorization header and JSON body. */
    record Request(String authorization, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        String message(String role) {
            for (Object m : (List<Object>) body.get("messages")) {
                Map<String, Object> message = (Map<String, Object>) m;
                if (role.equals(message.get("role"))) {
                    return (String) message.get("content");
                }
            }
            throw new AssertionError("no " + role + " message in " + body);
        }
    }

    private final HttpServer server;
    private final Map<String, String> answers;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    /** @param answers keyword of the description → the assistant's message content */
    FakeLlm(Map<String, String> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Request request =
                        new Request(exchange.getRequestHeaders().getFirst("Authorization"), JSON.std.mapFrom(text));
                requests.add(request);
                String user = request.message("user");
                String content = answers.entrySet().stream()
                        .filter(e -> user.contains(e.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
                int status = content == null ? 404 : 200;
                String reply = content == null
                        ? "{\"error\":{\"message\":\"no canned answer for: " + user.replace('"', '\'') + "\"}}"
                        : JSON.std.asString(Map.of(
                                "id",
                                "chatcmpl-fake",
                                "object",
                                "chat.completion",
                                "choices",
                                List.of(Map.of(
                                        "index",
                                        0,
                                        "finish_reason",
                                        "stop",
                                        "message",
                                        Map.of("role", "assistant", "content", content)))));
                byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    ChatClient client() {
        return new ChatClient(baseUrl(), "test-key", "fake-model", Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
