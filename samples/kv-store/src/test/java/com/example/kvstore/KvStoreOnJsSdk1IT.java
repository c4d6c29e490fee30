package com.example.kvstore;

import dev.javapdk.harness.ExtismHost;

/** Every test of {@link KvStoreIT} on the Extism JS SDK 1.0.3 in Node. */
@ExtismHost("node")
class KvStoreOnJsSdk1IT extends KvStoreIT {}
