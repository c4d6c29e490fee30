package com.example.tictactoe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON that GameBox and a game exchange, one record per shape. GameBox names its properties in
 * snake_case; {@code @JsonProperty} maps them to Java names. Unknown properties are skipped, so
 * GameBox may send more than these.
 *
 * <p>Once one component of a record has {@code @JsonProperty}, Jackson-jr's annotation support sees
 * only the annotated ones, so every component here has one, even where the name stays the same.
 */
public final class GameBox {
    private GameBox() {}

    /** What {@code get_constraints} returns: {@code {"max_players":2,"min_players":2}}. */
    public record GameConstraints(
            @JsonProperty("max_players") int maxPlayers,
            @JsonProperty("min_players") int minPlayers) {}

    /** What {@code init_game} gets: {@code {"player_ids":["alice","bob"]}}. */
    public record GameConfig(@JsonProperty("player_ids") List<String> playerIds) {}

    /**
     * What GameBox keeps on a player's socket: {@code render} gets it ({@code {"player_id":"alice"}},
     * the version may be absent) and {@code handle_event} returns it with the game's new version
     * ({@code {"player_id":"alice","version":3}}). A missing {@code player_id} is a viewer.
     */
    public record Assigns(
            @JsonProperty("player_id") String playerId,
            @JsonProperty("version") Integer version) {}

    /**
     * What {@code handle_event} gets: a Phoenix LiveView event, e.g. {@code
     * {"event_name":"cell-clicked","player_id":"alice","value":{"cell":"4"}}}.
     */
    public record LiveEvent(
            @JsonProperty("event_name") String eventName,
            @JsonProperty("player_id") String playerId,
            @JsonProperty("value") EventValue value) {}

    /** The {@code phx-value-*} attributes of the clicked element: Phoenix sends them as strings. */
    public record EventValue(String cell) {}
}
