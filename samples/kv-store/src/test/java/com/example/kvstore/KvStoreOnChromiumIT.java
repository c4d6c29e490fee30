package com.example.kvstore;

import dev.javapdk.harness.ExtismHost;

/**
 * Every test of {@link KvStoreIT} on the Extism JS SDK 2.0.0-rc13's browser build in headless
 * Chromium, with the host functions written in Java (skipped where Chromium is not installed).
 */
@ExtismHost("chromium")
class KvStoreOnChromiumIT extends KvStoreIT {}
