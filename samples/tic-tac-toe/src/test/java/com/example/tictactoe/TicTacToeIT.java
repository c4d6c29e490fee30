package com.example.tictactoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.javapdk.harness.ExtismPlugin;
import dev.javapdk.harness.LoadedPlugin;
import dev.javapdk.harness.ModuleInfo;
import dev.javapdk.harness.PluginCallException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Plays whole games through the four functions GameBox calls, on the Chicory host (the subclasses
 * run every test again on the JS SDKs).
 */
class TicTacToeIT {
    static final String WASM = "target/tic-tac-toe.wasm";
    static final String START = "{\"player_ids\":[\"alice\",\"bob\"]}";

    @ExtismPlugin(wasm = WASM)
    LoadedPlugin game;

    static String click(String player, String cell) {
        return "{\"event_name\":\"cell-clicked\",\"player_id\":\"" + player + "\",\"value\":{\"cell\":\"" + cell
                + "\"}}";
    }

    static String assigns(String player, int version) {
        return "{\"player_id\":\"" + player + "\",\"version\":" + version + "}";
    }

    private String play(String player, int cell) {
        return game.call("handle_event", click(player, Integer.toString(cell)));
    }

    private String render(String player) {
        return game.call("render", "{\"player_id\":\"" + player + "\"}");
    }

    /** Moves accepted since {@link #start()}. */
    private int played;

    private void start() {
        assertEquals("", game.call("init_game", START));
        played = 0;
    }

    /** The next moves, alice (X) and bob (O) in turn: each accepted move raises the version by one. */
    private void playMoves(int... cells) {
        for (int cell : cells) {
            String player = played % 2 == 0 ? "alice" : "bob";
            played++;
            assertEquals(assigns(player, played), play(player, cell), "move " + played + " on cell " + cell);
        }
    }

    /** The marks shown in the nine cells, "-" for empty, read from the HTML. */
    static String boardOf(String html) {
        Matcher cell = Pattern.compile("class=\"cell[^\"]*\"[^>]*>([XO]?)</").matcher(html);
        StringBuilder board = new StringBuilder();
        while (cell.find()) {
            board.append(cell.group(1).isEmpty() ? "-" : cell.group(1));
        }
        return board.toString();
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void twoPlayersExactly() {
        assertEquals("{\"max_players\":2,\"min_players\":2}", game.call("get_constraints", ""));
    }

    @Test
    void xWinsWithARow() {
        start();
        assertTrue(render("alice").contains("It's alice's turn (X)."), render("alice"));
        playMoves(0, 3, 1, 4, 2);
        String html = render("alice");
        assertEquals("XXXOO----", boardOf(html));
        assertTrue(html.contains("alice wins!"), html);
        assertFalse(html.contains("turn"), html);
        assertEquals(3, count(html, "class=\"cell win\""), html);
        for (int cell = 0; cell < 3; cell++) {
            assertTrue(html.contains("phx-value-cell=\"" + cell + "\" class=\"cell win\""), html);
        }
        assertTrue(render("bob").contains("alice wins!"));
    }

    @Test
    void oWinsWithAColumnAndXWithADiagonal() {
        start();
        playMoves(0, 2, 1, 5, 3, 8);
        assertEquals("XXOX-O--O", boardOf(render("bob")));
        assertTrue(render("bob").contains("bob wins!"), render("bob"));

        start();
        assertEquals("---------", boardOf(render("bob")), "a new game starts on an empty board");
        playMoves(2, 0, 4, 1, 6);
        assertTrue(render("bob").contains("alice wins!"));
        assertEquals(3, count(render("bob"), "cell win"));
    }

    @Test
    void aFullBoardWithoutALineIsADraw() {
        start();
        playMoves(0, 1, 2, 4, 3, 5, 7, 6, 8);
        String html = render("alice");
        assertEquals("XOXXOOOXX", boardOf(html));
        assertTrue(html.contains("It's a draw."), html);
        assertFalse(html.contains("wins"), html);
        assertEquals(0, count(html, "cell win"));
    }

    @Test
    void aWinOnTheLastCellIsAWinNotADraw() {
        start();
        playMoves(0, 1, 2, 3, 4, 5, 7, 6, 8);
        assertEquals("XOXOXOOXX", boardOf(render("alice")));
        assertTrue(render("alice").contains("alice wins!"), render("alice"));
    }

    /** Out of turn, a taken cell, a non-player, after the end, an unknown event: nothing changes. */
    @Test
    void movesTheRulesForbidChangeNothing() {
        start();
        assertUnchanged(click("bob", "4"), "bob", 0, "bob moves before alice");
        playMoves(4);
        assertUnchanged(click("alice", "0"), "alice", 1, "alice moves twice");
        assertUnchanged(click("bob", "4"), "bob", 1, "bob takes alice's cell");
        assertUnchanged(click("carol", "0"), "carol", 1, "carol does not play");
        assertUnchanged(click("Bob", "0"), "Bob", 1, "ids are case-sensitive");
        String unknown = "{\"event_name\":\"reset-game\",\"player_id\":\"alice\",\"value\":{}}";
        assertUnchanged(unknown, "alice", 1, "an event the game does not know");
        assertUnchanged(
                "{\"event_name\":\"chat\",\"player_id\":\"bob\",\"value\":{\"text\":\"hi\"}}", "bob", 1, "another");
        playMoves(0, 1, 3, 2, 6);
        assertTrue(render("alice").contains("bob wins!"));
        assertUnchanged(click("alice", "8"), "alice", 6, "alice moves after the game is over");
        assertUnchanged(click("bob", "8"), "bob", 6, "bob moves after the game is over");
    }

    private void assertUnchanged(String event, String player, int version, String what) {
        String[] before = {render("alice"), render("bob"), render("carol")};
        assertEquals(assigns(player, version), game.call("handle_event", event), what);
        assertEquals(List.of(before), List.of(render("alice"), render("bob"), render("carol")), what);
    }

    @Test
    void aPlayerSeesButtonsAViewerDoesNot() {
        start();
        playMoves(4);

        String bob = render("bob");
        assertEquals(9, count(bob, "<button phx-click=\"cell-clicked\""), bob);
        for (int cell = 0; cell < 9; cell++) {
            assertEquals(1, count(bob, "<button phx-click=\"cell-clicked\" phx-value-cell=\"" + cell + "\""), bob);
        }
        assertEquals(1, count(bob, " disabled>"), "bob may click every cell but alice's: " + bob);
        assertTrue(bob.contains("phx-value-cell=\"4\" class=\"cell\" disabled>X</button>"), bob);
        assertTrue(bob.contains("You play O."), bob);
        assertTrue(bob.contains("It's bob's turn (O)."), bob);

        String alice = render("alice");
        assertEquals(9, count(alice, " disabled>"), "not alice's turn: " + alice);
        assertTrue(alice.contains("You play X."), alice);
        assertTrue(alice.contains("It's bob's turn (O)."), alice);

        for (String viewer : new String[] {"{\"player_id\":\"carol\"}", "{}", "{\"player_id\":null,\"version\":1}"}) {
            String html = game.call("render", viewer);
            assertFalse(html.contains("<button"), html);
            assertFalse(html.contains("phx-"), html);
            assertTrue(html.contains("You are watching."), html);
            assertTrue(html.contains("It's bob's turn (O)."), html);
            assertTrue(html.contains("X: alice &middot; O: bob"), html);
            assertEquals("----X----", boardOf(html));
        }
    }

    @Test
    void playerIdsAreEscapedInTheHtml() {
        String evil = "<script>alert(1)</script>";
        String quoted = "\\\"Bob\\\" & 'co'"; // "Bob" & 'co' inside a JSON string
        game.call("init_game", "{\"player_ids\":[\"" + evil + "\",\"" + quoted + "\"]}");
        String html = game.call("render", "{\"player_id\":\"" + evil + "\"}");
        assertFalse(html.contains("<script"), html);
        assertTrue(
                html.contains(
                        "X: &lt;script&gt;alert(1)&lt;/script&gt; &middot; O: &quot;Bob&quot; &amp; &#39;co&#39;"),
                html);
        assertTrue(html.contains("It's &lt;script&gt;alert(1)&lt;/script&gt;'s turn (X)."), html);
        assertTrue(html.contains("You play X."), "the raw id is the player: " + html);
        assertEquals("{\"player_id\":\"" + evil + "\",\"version\":1}", game.call("handle_event", click(evil, "0")));
        assertEquals("{\"player_id\":\"" + quoted + "\",\"version\":2}", game.call("handle_event", click(quoted, "8")));
        assertTrue(game.call("render", "{}").contains("It's &lt;script&gt;"));
    }

    @Test
    void malformedOrMistypedJsonIsAnErrorAndTheGameSurvives() {
        start();
        playMoves(4, 0);
        String before = render("alice");

        String[][] cases = { // function, input, the plug-in's error message
            {
                "init_game",
                "players: alice, bob",
                "malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got 'p'"
            },
            {"init_game", "", "malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got end of input"},
            {"init_game", "{\"player_ids\":\"alice\"}", "$.player_ids: expected array, got string"},
            {"init_game", "{\"player_ids\":[\"alice\",7]}", "$.player_ids[1]: expected string, got number"},
            {"init_game", "{}", "$.player_ids: missing: init_game needs the two players' ids"},
            {"init_game", "null", "$.player_ids: missing: init_game needs the two players' ids"},
            {
                "init_game",
                "{\"player_ids\":[\"a\",\"b\",\"c\"]}",
                "$.player_ids: tic-tac-toe needs exactly 2 players, got 3"
            },
            {"init_game", "{\"player_ids\":[\"a\"]}", "$.player_ids: tic-tac-toe needs exactly 2 players, got 1"},
            {
                "init_game",
                "{\"player_ids\":[\"a\",\"a\"]}",
                "$.player_ids: both players are \"a\": they need different ids"
            },
            {"init_game", "{\"player_ids\":[\"a\",\"\"]}", "$.player_ids[1]: a player id must not be empty or null"},
            {"init_game", "{\"player_ids\":[null,\"b\"]}", "$.player_ids[0]: a player id must not be empty or null"},
            {
                "handle_event",
                "{\"event_name\":",
                "malformed JSON at line 1, column 15 (byte 14): expected a JSON value after ':', got end of input"
            },
            {
                "handle_event",
                "{\"event_name\":\"cell-clicked\",\"player_id\":\"alice\",\"value\":{\"cell\":8}}",
                "$.value.cell: expected string, got number"
            },
            {
                "handle_event",
                "{\"event_name\":\"cell-clicked\",\"player_id\":[\"alice\"],\"value\":{\"cell\":\"8\"}}",
                "$.player_id: expected string, got array"
            },
            {"handle_event", "{\"event_name\":7}", "$.event_name: expected string, got number"},
            {"handle_event", "{}", "$.event_name: missing: handle_event needs a LiveView event"},
            {"handle_event", "[]", "$: expected object, got array"},
            {"handle_event", click("alice", "9"), "$.value.cell: expected a cell \"0\" to \"8\", got \"9\""},
            {"handle_event", click("alice", "-1"), "$.value.cell: expected a cell \"0\" to \"8\", got \"-1\""},
            {"handle_event", click("alice", ""), "$.value.cell: expected a cell \"0\" to \"8\", got \"\""},
            {
                "handle_event",
                "{\"event_name\":\"cell-clicked\",\"player_id\":\"alice\",\"value\":{}}",
                "$.value.cell: missing: cell-clicked needs the cell, \"0\" to \"8\""
            },
            {
                "handle_event",
                "{\"event_name\":\"cell-clicked\",\"player_id\":\"alice\"}",
                "$.value.cell: missing: cell-clicked needs the cell, \"0\" to \"8\""
            },
            {
                "handle_event",
                "{\"event_name\":\"cell-clicked\",\"value\":{\"cell\":\"1\"}}",
                "$.player_id: missing: who clicked the cell?"
            },
            {
                "handle_event",
                "{\"event_name\":\"cell-clicked\",\"event_name\":\"x\"}",
                "$.event_name: duplicate property"
            },
            {"render", "{\"player_id\":5}", "$.player_id: expected string, got number"},
            {"render", "{\"player_id\":\"alice\",\"version\":\"3\"}", "$.version: expected integer, got string"},
            {
                "render",
                "\u00ff",
                "malformed JSON at line 1, column 1 (byte 0): expected a JSON value, got '\u00ff' (U+00FF)"
            },
        };
        for (String[] c : cases) {
            assertError(c[0], c[1], c[2]);
        }

        assertEquals(before, render("alice"), "the game is as it was");
        playMoves(8);
        assertEquals("O---X---X", boardOf(render("alice")));
    }

    private void assertError(String function, String input, String message) {
        PluginCallException e = assertThrows(PluginCallException.class, () -> game.call(function, input), input);
        assertEquals(message, e.pluginMessage(), function + "(" + input + ")");
    }

    @Test
    void thereIsNoGameBeforeInitGame() {
        assertError("render", "{\"player_id\":\"alice\"}", "no game yet: call init_game first");
        assertError("handle_event", click("alice", "0"), "no game yet: call init_game first");
        start();
        playMoves(0);
    }

    /**
     * The game lives in a var, not in the module's memory: the JS SDK 1.0's reset() clears the vars
     * and keeps the memory, and the game is gone.
     */
    @Test
    void theGameLivesInAVar() {
        assumeTrue(game.hostName().equals("node"), "only the JS SDK 1.0 clears vars on reset()");
        start();
        playMoves(4);
        game.reset();
        assertError("render", "{\"player_id\":\"alice\"}", "no game yet: call init_game first");
    }

    @Test
    void moduleImportsOnlyTheExtismKernelAndExportsTheFourFunctions() {
        ModuleInfo module = ModuleInfo.read(Path.of(WASM));
        assertEquals(
                Set.of("extism:host/env"),
                module.importModules(),
                module.imports().toString());
        assertEquals(Set.of("get_constraints", "init_game", "render", "handle_event"), module.functionExports());
    }
}
