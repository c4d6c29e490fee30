package com.example.chatgpt;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link ChatGptSecretIT} on the Extism JS SDK 1.0.3 in Node (HTTP in its worker). */
@ExtismHost("node")
class ChatGptSecretOnJsSdk1IT extends ChatGptSecretIT {}
