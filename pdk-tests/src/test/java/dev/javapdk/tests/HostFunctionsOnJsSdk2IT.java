package dev.javapdk.tests;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link HostFunctionsIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class HostFunctionsOnJsSdk2IT extends HostFunctionsIT {}
