package com.example.tictactoe;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link TicTacToeIT} on the Extism JS SDK 1.0.3 in Node. */
@ExtismHost("node")
class TicTacToeOnJsSdk1IT extends TicTacToeIT {}
