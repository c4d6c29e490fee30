package com.example.tictactoe;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link TicTacToeIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class TicTacToeOnJsSdk2IT extends TicTacToeIT {}
