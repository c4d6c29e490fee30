package com.example.tictactoe;

/**
 * A tic-tac-toe board, immutable: nine cells numbered 0 to 8 row by row, each {@code X}, {@code O}
 * or empty. X moves first, so X is to move when both have made as many marks. Its text form, as
 * saved in the game's var, is the nine cells with {@code -} for an empty one: {@code "X-O-X----"}.
 */
final class Board {
    static final int CELLS = 9;
    static final char EMPTY = '-';

    /**
     * The rows, columns and diagonals, three cells each: three marks on one of them win. A string,
     * not an {@code int[][]}: TeaVM builds an array constant with code, 2.4 KB of it for this one.
     */
    private static final String LINES = "012345678" + "036147258" + "048246";

    private final String cells;

    private Board(String cells) {
        this.cells = cells;
    }

    static Board empty() {
        return new Board("---------");
    }

    /** The board whose text form is {@code text}, as {@link #toString} wrote it. */
    static Board of(String text) {
        return new Board(text);
    }

    /** {@code X}, {@code O} or {@link #EMPTY}. */
    char at(int cell) {
        return cells.charAt(cell);
    }

    /** The mark the next move puts down: {@code X} when both have as many marks, else {@code O}. */
    char next() {
        int marks = 0;
        for (int i = 0; i < CELLS; i++) {
            marks += cells.charAt(i) == EMPTY ? 0 : 1;
        }
        return marks % 2 == 0 ? 'X' : 'O';
    }

    /** This board with {@link #next()} on {@code cell}, which must be empty. */
    Board mark(int cell) {
        if (at(cell) != EMPTY) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        return new Board(cells.substring(0, cell) + next() + cells.substring(cell + 1));
    }

    /** The three cells of a line one player holds, or {@code null} if nobody has three in a row. */
    int[] winningLine() {
        for (int i = 0; i < LINES.length(); i += 3) {
            int[] line = {LINES.charAt(i) - '0', LINES.charAt(i + 1) - '0', LINES.charAt(i + 2) - '0'};
            char mark = at(line[0]);
            if (mark != EMPTY && at(line[1]) == mark && at(line[2]) == mark) {
                return line;
            }
        }
        return null;
    }

    /** Whether every cell is taken. */
    boolean full() {
        return cells.indexOf(EMPTY) < 0;
    }

    /** The text form, {@code "X-O-X----"}: what {@link #of} reads. */
    @Override
    public String toString() {
        return cells;
    }
}
