package dev.javapdk.tests;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link HostFunctionsIT} on the Extism JS SDK 1.0.3 in Node. */
@ExtismHost("node")
class HostFunctionsOnJsSdk1IT extends HostFunctionsIT {}
