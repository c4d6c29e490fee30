package com.example.tictactoe;

import com.example.tictactoe.GameBox.Assigns;
import com.example.tictactoe.GameBox.GameConfig;
import com.example.tictactoe.GameBox.GameConstraints;
import com.example.tictactoe.GameBox.LiveEvent;
import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.PluginException;
import java.util.List;

/**
 * Tic-tac-toe for <a href="https://github.com/extism/game_box">GameBox</a>: the four functions
 * GameBox calls. The game lives in a var between calls (see {@link Game}); a move that the rules
 * do not allow changes nothing, and input that is not the JSON GameBox sends is a plug-in error
 * that leaves the game as it was.
 *
 * <pre>{@code
 * init_game    {"player_ids":["alice","bob"]}                                          → (nothing)
 * handle_event {"event_name":"cell-clicked","player_id":"alice","value":{"cell":"4"}} → {"player_id":"alice","version":1}
 * render       {"player_id":"bob"}                                                    → <style>…</style><div class="ttt">…
 * }</pre>
 */
public class TicTacToe {
    static final String CELL_CLICKED = "cell-clicked";

    /** Two players, no more, no fewer. */
    @Export(name = "get_constraints")
    public static GameConstraints getConstraints() {
        return new GameConstraints(2, 2);
    }

    /** Starts a new game between the two players (X is the first), replacing any game there was. */
    @Export(name = "init_game")
    public static void initGame(GameConfig config) {
        List<String> players = config == null ? null : config.playerIds();
        if (players == null) {
            throw new PluginException("$.player_ids: missing: init_game needs the two players' ids");
        }
        if (players.size() != 2) {
            throw new PluginException("$.player_ids: tic-tac-toe needs exactly 2 players, got " + players.size());
        }
        for (int i = 0; i < 2; i++) {
            if (players.get(i) == null || players.get(i).isEmpty()) {
                throw new PluginException("$.player_ids[" + i + "]: a player id must not be empty or null");
            }
        }
        if (players.get(0).equals(players.get(1))) {
            throw new PluginException(
                    "$.player_ids: both players are \"" + players.get(0) + "\": they need different ids");
        }
        Game.start(players).save();
    }

    /** The game as {@code assigns.player_id} sees it: a player gets buttons, anyone else watches. */
    @Export
    public static String render(Assigns assigns) {
        return View.render(Game.load(), assigns == null ? null : assigns.playerId());
    }

    /**
     * Plays a {@code cell-clicked} event and returns the assigns with the game's version, which is
     * one higher if the move was made. Other events, and moves the rules do not allow, change nothing.
     */
    @Export(name = "handle_event")
    public static Assigns handleEvent(LiveEvent event) {
        if (event == null || event.eventName() == null) {
            throw new PluginException("$.event_name: missing: handle_event needs a LiveView event");
        }
        Game game = Game.load();
        if (event.eventName().equals(CELL_CLICKED)) {
            if (event.playerId() == null) {
                throw new PluginException("$.player_id: missing: who clicked the cell?");
            }
            Game next = game.play(event.playerId(), cell(event));
            if (next != game) {
                next.save();
                game = next;
            }
        }
        return new Assigns(event.playerId(), game.version());
    }

    /** The clicked cell, {@code "0"} to {@code "8"} as Phoenix sends {@code phx-value-cell}. */
    private static int cell(LiveEvent event) {
        String cell = event.value() == null ? null : event.value().cell();
        if (cell == null) {
            throw new PluginException("$.value.cell: missing: cell-clicked needs the cell, \"0\" to \"8\"");
        }
        if (cell.length() != 1 || cell.charAt(0) < '0' || cell.charAt(0) > '8') {
            throw new PluginException("$.value.cell: expected a cell \"0\" to \"8\", got \"" + cell + "\"");
        }
        return cell.charAt(0) - '0';
    }
}
