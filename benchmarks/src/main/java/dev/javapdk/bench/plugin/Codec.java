package dev.javapdk.bench.plugin;

import dev.javapdk.bench.plugin.Types.Document;
import dev.javapdk.pdk.Export;

/** Decodes a document into records and encodes it again: the JSON codec's speed. */
public class Codec {
    @Export
    public static Document roundtrip(Document document) {
        return document;
    }

    /** The same bytes in and out without JSON: what the host call and copies cost. */
    @Export
    public static byte[] raw(byte[] bytes) {
        return bytes;
    }
}
