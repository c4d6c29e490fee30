package com.example.vowels;

import dev.javapdk.harness.ExtismHost;

/**
 * Every test of {@link CountVowelsIT} on the Extism JS SDK 2.0.0-rc13's browser build in headless
 * Chromium (skipped, with the reason, where Chromium is not installed).
 */
@ExtismHost("chromium")
class CountVowelsOnChromiumIT extends CountVowelsIT {}
