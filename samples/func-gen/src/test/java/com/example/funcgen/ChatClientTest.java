package com.example.funcgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.funcgen.FuncGenException.Kind;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatClientTest {

    @Test
    void sendsTheModelTheMessagesAndTheKey() throws Exception {
        try (FakeLlm llm = new FakeLlm(Map.of("vowels", "public static String apply(String s) { return s; }"))) {
            String answer = llm.client().complete("be brief", "count the vowels");
            assertEquals("public static String apply(String s) { return s; }", answer);
            FakeLlm.Request request = llm.requests.get(0);
            assertEquals("Bearer test-key", request.authorization());
            assertEquals("fake-model", request.body().get("model"));
            assertEquals("be brief", request.message("system"));
            assertEquals("count the vowels", request.message("user"));
        }
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() throws Exception {
        try (FakeLlm llm = new FakeLlm(Map.of("x", "code"))) {
            new ChatClient(llm.baseUrl(), null, "m", Duration.ofSeconds(30)).complete("s", "x");
            assertEquals(null, llm.requests.get(0).authorization());
        }
    }

    @Test
    void anHttpErrorShowsTheStatusAndTheBody() throws Exception {
        try (FakeLlm llm = new FakeLlm(Map.of())) {
            FuncGenException e =
                    assertThrows(FuncGenException.class, () -> llm.client().complete("s", "unknown request"));
            assertEquals(Kind.LLM, e.kind());
            assertTrue(e.getMessage().contains("answered HTTP 404"), e.getMessage());
            assertTrue(e.getMessage().contains("no canned answer for: unknown request"), e.getMessage());
        }
    }

    @Test
    void anUnreachableEndpointIsAnLlmError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            port = socket.getLocalPort();
        } // closed: nothing listens there now
        ChatClient client =
                new ChatClient(URI.create("http://127.0.0.1:" + port + "/v1/"), "k", "m", Duration.ofSeconds(5));
        FuncGenException e = assertThrows(FuncGenException.class, () -> client.complete("s", "u"));
        assertEquals(Kind.LLM, e.kind());
        assertTrue(
                e.getMessage()
                        .startsWith("cannot reach the chat endpoint http://127.0.0.1:" + port + "/v1/chat/completions"),
                e.getMessage());
    }

    @Test
    void anAnswerWithoutContentSaysWhatIsMissing() {
        FuncGenException notJson = assertThrows(FuncGenException.class, () -> ChatClient.content("<html>busy</html>"));
        assertEquals(Kind.LLM, notJson.kind());
        assertTrue(notJson.getMessage().startsWith("the chat endpoint's answer is not JSON"), notJson.getMessage());

        FuncGenException noChoices = assertThrows(FuncGenException.class, () -> ChatClient.content("{\"choices\":[]}"));
        assertTrue(noChoices.getMessage().contains("no choices[0].message.content"), noChoices.getMessage());

        FuncGenException nullContent = assertThrows(
                FuncGenException.class,
                () -> ChatClient.content("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null}}]}"));
        assertTrue(nullContent.getMessage().contains("no choices[0].message.content"), nullContent.getMessage());
    }
}
