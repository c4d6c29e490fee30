package com.example.tictactoe;

/**
 * The HTML GameBox shows: whose turn it is or how the game ended, and the board. A player's cells
 * are Phoenix buttons ({@code phx-click="cell-clicked" phx-value-cell="4"}), enabled where they may
 * move; a viewer who does not play gets the same board without buttons.
 */
final class View {
    private View() {}

    private static final String STYLE =
            "<style>.ttt .board{display:grid;grid-template-columns:repeat(3,4rem);gap:.25rem}"
                    + ".ttt .cell{width:4rem;height:4rem;font-size:2rem;display:flex;align-items:center;"
                    + "justify-content:center;border:1px solid #888}.ttt .win{background:#fd6}</style>";

    static String render(Game game, String viewer) {
        Board board = game.board();
        int[] line = board.winningLine();
        char mark = game.markOf(viewer);
        boolean canMove = line == null && !board.full() && mark == board.next();
        StringBuilder html = new StringBuilder(1024).append(STYLE).append("<div class=\"ttt\">");

        html.append("<p class=\"players\">X: ");
        escape(html, game.playerOf('X')).append(" &middot; O: ");
        escape(html, game.playerOf('O')).append("</p><p class=\"you\">");
        if (mark == 0) {
            html.append("You are watching.");
        } else {
            html.append("You play ").append(mark).append('.');
        }

        html.append("</p><p class=\"status\">");
        if (line != null) {
            escape(html, game.playerOf(board.at(line[0]))).append(" wins!");
        } else if (board.full()) {
            html.append("It's a draw.");
        } else {
            html.append("It's ");
            escape(html, game.turn()).append("'s turn (").append(board.next()).append(").");
        }

        html.append("</p><div class=\"board\">");
        for (int cell = 0; cell < Board.CELLS; cell++) {
            char at = board.at(cell);
            String text = at == Board.EMPTY ? "" : String.valueOf(at);
            String cls = isIn(line, cell) ? "cell win" : "cell";
            if (mark == 0) {
                html.append("<div class=\"")
                        .append(cls)
                        .append("\">")
                        .append(text)
                        .append("</div>");
            } else {
                html.append("<button phx-click=\"cell-clicked\" phx-value-cell=\"")
                        .append(cell)
                        .append("\" class=\"")
                        .append(cls)
                        .append('"')
                        .append(canMove && at == Board.EMPTY ? "" : " disabled")
                        .append('>')
                        .append(text)
                        .append("</button>");
            }
        }
        return html.append("</div></div>").toString();
    }

    private static boolean isIn(int[] line, int cell) {
        if (line != null) {
            for (int c : line) {
                if (c == cell) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Appends {@code text} escaped for HTML text and double-quoted attributes. Hand-written: five
     * characters is all it takes, and commons-text's {@code escapeHtml4} would bring its tables of
     * all HTML 4 entities into the module.
     */
    static StringBuilder escape(StringBuilder html, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html;
    }
}
