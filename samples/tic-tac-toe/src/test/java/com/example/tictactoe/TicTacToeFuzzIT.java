package com.example.tictactoe;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.Plugins;
import dev.javapdk.harness.fuzz.Fuzz;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input (random bytes, invalid UTF-8, malformed, deeply nested and huge JSON, 16 MiB and
 * more) to each of the four functions: every call ends in an output or a clean plug-in error, and
 * the same instance keeps answering a known-good call. For render and handle_event a game is on,
 * and the known-good calls must find it as it was: no input may have changed it.
 * {@code -Djavapdk.fuzz=full} runs the full size.
 */
class TicTacToeFuzzIT {
    private static final String WASM = TicTacToeIT.WASM;
    private static final String BOB_TO_MOVE = "{\"player_id\":\"bob\"}";

    /** The known-good call of each function, on an instance where alice has taken the centre. */
    private static void fuzz(String function, LoadedPlugin plugin) {
        start(plugin);
        Fuzz fuzz = Fuzz.function(function).fresh(() -> {
            LoadedPlugin fresh = Plugins.host(plugin.hostName()).load(plugin.spec());
            start(fresh);
            return fresh;
        });
        switch (function) {
            case "get_constraints" -> fuzz.knownGood("", "{\"max_players\":2,\"min_players\":2}");
            case "render" -> fuzz.knownGood(BOB_TO_MOVE, plugin.call("render", BOB_TO_MOVE));
            // An event the game does not know: answered with the version, which no input may have raised.
            case "handle_event" ->
                fuzz.knownGood(
                        "{\"event_name\":\"noop\",\"player_id\":\"bob\",\"value\":{}}",
                        "{\"player_id\":\"bob\",\"version\":1}");
            case "init_game" -> fuzz.knownGood(TicTacToeIT.START, "");
            default -> throw new IllegalArgumentException(function);
        }
        fuzz.run(plugin);
    }

    private static void start(LoadedPlugin plugin) {
        plugin.call("init_game", TicTacToeIT.START);
        plugin.call("handle_event", TicTacToeIT.click("alice", "4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"get_constraints", "init_game", "render", "handle_event"})
    void survivesHostileInputOnChicory(String function, @ExtismPlugin(wasm = WASM) LoadedPlugin plugin) {
        fuzz(function, plugin);
    }

    /** One instance per function: the JS SDK 1.0.3 fails every call from about the 5,461st on one. */
    @ParameterizedTest
    @ValueSource(strings = {"get_constraints", "init_game", "render", "handle_event"})
    void survivesHostileInputOnNode(String function, @ExtismPlugin(wasm = WASM, host = "node") LoadedPlugin plugin) {
        fuzz(function, plugin);
    }
}
