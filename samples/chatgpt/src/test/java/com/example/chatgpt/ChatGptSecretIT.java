package com.example.chatgpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.HostFunctions;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import dev.javapdk.harness.PluginTrapException;
import dev.javapdk.harness.PluginValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * target/chatgpt-secret.wasm: the key comes from the host function get_secret, provided here in
 * Java, never from config. Runs against {@link ChatGptIT}'s stand-in for the API on 127.0.0.1;
 * subclasses run the same tests on the JS SDKs.
 */
class ChatGptSecretIT {
    static final String WASM = "target/chatgpt-secret.wasm";
    /** The host's secrets; each test starts with the API key in it. */
    static final Map<String, String> secrets = new ConcurrentHashMap<>();
    /** The names the plug-in asked for. */
    static final List<String> asked = new CopyOnWriteArrayList<>();

    @ExtismPlugin(
            wasm = WASM,
            config = "base_url=${baseUrl}",
            allowedHosts = "127.0.0.1",
            hostFunctions = "secretStore")
    LoadedPlugin plugin;

    static HostFunctions secretStore() {
        return HostFunctions.builder()
                .function("get_secret", String.class, String.class, name -> {
                    asked.add(name);
                    return secrets.get(name);
                })
                .build();
    }

    @PluginValue("baseUrl")
    static String baseUrl() {
        return ChatGptIT.baseUrl();
    }

    @BeforeAll
    static void startTheStandIn() throws IOException {
        ChatGptIT.startTheStandIn();
    }

    @AfterAll
    static void stop() {
        ChatGptIT.stop();
    }

    @BeforeEach
    void reset() {
        ChatGptIT.requests.clear();
        secrets.clear();
        secrets.put("open_ai_key", ChatGptIT.KEY);
        asked.clear();
    }

    @Test
    void sendsTheKeyTheHostGaveAsTheBearerToken() {
        assertEquals("You said: Hi (gpt-4o-mini)", plugin.call("call_chat_gpt", "Hi"));
        assertEquals(List.of("open_ai_key"), asked);
        assertEquals("Bearer " + ChatGptIT.KEY, ChatGptIT.requests.get(0).get("authorization"));
    }

    @Test
    void theHostDecidesTheKeyOnEveryCall() {
        secrets.put("open_ai_key", "sk-wrong");
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("call_chat_gpt", "Hi"));
        assertTrue(
                error.pluginMessage().startsWith("OpenAI API answered 401: Incorrect API key provided"),
                error.pluginMessage());
        secrets.put("open_ai_key", ChatGptIT.KEY);
        assertEquals("You said: again (gpt-4o-mini)", plugin.call("call_chat_gpt", "again"));
    }

    @Test
    void noSecretIsAClearErrorAndTheRequestIsNotMade() {
        secrets.clear();
        PluginCallException error = assertThrows(PluginCallException.class, () -> plugin.call("call_chat_gpt", "Hi"));
        assertEquals(
                "the host's get_secret(\"open_ai_key\") gave no key: the host must provide the OpenAI API key",
                error.pluginMessage());
        assertEquals(List.of(), ChatGptIT.requests);
    }

    @Test
    void theKeyIsNotInTheConfigAndTheModuleImportsGetSecret() {
        Path wasm = Path.of(WASM);
        assertTrue(
                ModuleInfo.read(wasm).imports().toString().contains("get_secret"),
                () -> ModuleInfo.read(wasm).imports().toString());
        assertFalse(
                ModuleInfo.read(Path.of(ChatGptIT.WASM)).imports().toString().contains("get_secret"),
                "the config variant does not ask the host");
    }

    /** A host function that fails traps the call; the instance (or the harness's reload) answers next. */
    @Test
    void aFailingHostFunctionIsATrapAndTheNextCallWorks(
            @ExtismPlugin(
                            wasm = WASM,
                            config = "base_url=${baseUrl}",
                            allowedHosts = "127.0.0.1",
                            hostFunctions = "explodingStore")
                    LoadedPlugin exploding) {
        PluginTrapException trap = assertThrows(PluginTrapException.class, () -> exploding.call("call_chat_gpt", "Hi"));
        assertTrue(trap.getMessage().contains("the vault is sealed"), trap.getMessage());
        assertEquals("You said: Hi (gpt-4o-mini)", plugin.call("call_chat_gpt", "Hi"));
    }

    static HostFunctions explodingStore() {
        return HostFunctions.builder()
                .function("get_secret", String.class, String.class, name -> {
                    throw new IllegalStateException("the vault is sealed");
                })
                .build();
    }
}
