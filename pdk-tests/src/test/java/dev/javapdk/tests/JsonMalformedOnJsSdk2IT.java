package dev.javapdk.tests;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link JsonMalformedIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class JsonMalformedOnJsSdk2IT extends JsonMalformedIT {}
