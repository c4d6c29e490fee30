package com.example.vowels;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link CountVowelsIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class CountVowelsOnJsSdk2IT extends CountVowelsIT {}
