package com.example.kvstore;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link KvStoreIT} on the Extism JS SDK 2.0.0-rc13 in Node. */
@ExtismHost("node2")
class KvStoreOnJsSdk2IT extends KvStoreIT {}
