package com.example.chatgpt;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link ChatGptSecretIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class ChatGptSecretOnJsSdk2IT extends ChatGptSecretIT {}
