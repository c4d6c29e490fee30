package com.example.chatgpt;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link ChatGptIT} on the Extism JS SDK 2.0.0-rc13 in Node (HTTP in its worker). */
@ExtismHost("node2")
class ChatGptOnJsSdk2IT extends ChatGptIT {}
