package com.example.chatgpt;

import dev.javapdk.harness.ExtismHost;

/**
 * Every test of {@link ChatGptIT} on the Extism JS SDK 2.0.0-rc13's browser build in headless
 * Chromium, where the plug-in's HTTP is the page's fetch (skipped where Chromium is not installed).
 */
@ExtismHost("chromium")
class ChatGptOnChromiumIT extends ChatGptIT {}
