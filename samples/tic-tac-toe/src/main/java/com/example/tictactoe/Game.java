package com.example.tictactoe;

import dev.javapdk.pdk.PluginException;
import dev.javapdk.pdk.Var;
import dev.javapdk.pdk.json.Json;
import dev.javapdk.pdk.json.JsonWriter;
import java.util.List;

/**
 * One game between two players: the first plays X and moves first. Immutable; a move gives a new
 * game with the version one higher. Between calls it lives only in the var {@value #VAR}, as JSON:
 * {@code {"cells":"X-O-X----","players":["alice","bob"],"version":3}}.
 *
 * @param players the two player ids, X's first
 * @param cells the board's text form (see {@link Board})
 * @param version how many moves were made: GameBox re-renders when it changes
 */
public record Game(List<String> players, String cells, int version) {
    static final String VAR = "game_state";

    /** A new game on an empty board, version 0. */
    static Game start(List<String> players) {
        return new Game(List.copyOf(players), Board.empty().toString(), 0);
    }

    /**
     * The game saved in the var. Only {@link #save} writes it, so it is trusted as far as it reads
     * as a {@code Game}.
     *
     * @throws PluginException if there is no game yet
     */
    static Game load() {
        return Json.var(VAR, Game.class).orElseThrow(() -> new PluginException("no game yet: call init_game first"));
    }

    /**
     * Writes the game to the var, as the build's binding for this record reads it back. Written
     * member by member because {@code Json.setVar} goes through the general tree writer, which
     * takes 29 KB of the module (172 KB with it, 143 KB without).
     */
    void save() {
        JsonWriter json = new JsonWriter()
                .beginObject()
                .name("cells")
                .value(cells)
                .name("players")
                .beginArray()
                .value(players.get(0))
                .value(players.get(1))
                .endArray()
                .name("version")
                .value(version)
                .endObject();
        Var.set(VAR, json.toByteArray());
    }

    Board board() {
        return Board.of(cells);
    }

    /** The player whose mark is {@code X} or {@code O}. */
    String playerOf(char mark) {
        return players.get(mark == 'X' ? 0 : 1);
    }

    /** {@code X}, {@code O}, or 0 if {@code player} does not play in this game. */
    char markOf(String player) {
        return player == null ? 0 : player.equals(players.get(0)) ? 'X' : player.equals(players.get(1)) ? 'O' : 0;
    }

    /** The player to move. */
    String turn() {
        return playerOf(board().next());
    }

    /** Whether someone has three in a row or the board is full. */
    boolean over() {
        Board board = board();
        return board.winningLine() != null || board.full();
    }

    /**
     * This game after {@code player} puts their mark on {@code cell}, or this same game if the move is
     * not allowed: the game is over, it is not their turn (a non-player's never is), or the cell is
     * taken.
     */
    Game play(String player, int cell) {
        Board board = board();
        if (over() || markOf(player) != board.next() || board.at(cell) != Board.EMPTY) {
            return this;
        }
        return new Game(players, board.mark(cell).toString(), version + 1);
    }
}
