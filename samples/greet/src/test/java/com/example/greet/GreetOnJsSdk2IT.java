package com.example.greet;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link GreetIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class GreetOnJsSdk2IT extends GreetIT {}
