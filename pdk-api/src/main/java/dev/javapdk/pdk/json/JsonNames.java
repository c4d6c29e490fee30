package dev.javapdk.pdk.json;

import dev.javapdk.pdk.internal.Utf8;

/**
 * A fixed set of property names, prepared once so that reading and writing objects with known
 * properties costs no String per property: {@link JsonReader#nextName(JsonNames)} matches the
 * input's bytes against the UTF-8 of the names (no decoding), and
 * {@link JsonWriter#name(JsonNames, int)} copies pre-escaped bytes. Meant for generated code and
 * hand-written readers of records; create it once, in a static final field.
 *
 * <pre>{@code
 * static final JsonNames NAMES = new JsonNames("x", "y");
 *
 * static Point read(JsonReader r) {
 *     long x = 0, y = 0;
 *     r.beginObject();
 *     while (r.hasNext()) {
 *         switch (r.nextName(NAMES)) {
 *             case 0: x = r.nextLong(); break;
 *             case 1: y = r.nextLong(); break;
 *             default: r.skipValue(); // unknown property
 *         }
 *     }
 *     r.endObject();
 *     return new Point(x, y);
 * }
 *
 * static void write(JsonWriter w, Point p) {
 *     w.beginObject().name(NAMES, 0).value(p.x()).name(NAMES, 1).value(p.y()).endObject();
 * }
 * }</pre>
 */
public final class JsonNames {
    private final String[] names;
    private final byte[][] utf8;
    private final byte[][] quoted;
    /** Open addressing on the UTF-8 bytes: index + 1, or 0 for a free slot. */
    private final int[] slots;

    /**
     * @throws IllegalArgumentException if a name occurs twice
     * @throws NullPointerException     if a name is null
     */
    public JsonNames(String... names) {
        int n = names.length;
        this.names = new String[n];
        this.utf8 = new byte[n][];
        this.quoted = new byte[n][];
        int size = 4;
        while (size < 2 * n) {
            size <<= 1;
        }
        this.slots = new int[size];
        for (int i = 0; i < n; i++) {
            String name = names[i];
            byte[] bytes = Utf8.encode(name);
            this.names[i] = name;
            utf8[i] = bytes;
            quoted[i] = JsonWriter.quote(name);
            int slot = hash(bytes, 0, bytes.length) & (size - 1);
            while (slots[slot] != 0) {
                if (same(utf8[slots[slot] - 1], bytes, 0, bytes.length)) {
                    throw new IllegalArgumentException("JsonNames: duplicate name \"" + name + "\"");
                }
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /** How many names there are. */
    public int size() {
        return names.length;
    }

    /** The name at {@code index}. */
    public String get(int index) {
        return names[index];
    }

    /** The index of {@code name}, or -1 if it is not one of these names. */
    public int indexOf(String name) {
        byte[] bytes = Utf8.encode(name);
        return find(bytes, 0, bytes.length);
    }

    /** The index of the name whose UTF-8 is {@code b[from..to)}, or -1. */
    int find(byte[] b, int from, int to) {
        int mask = slots.length - 1;
        int slot = hash(b, from, to) & mask;
        for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if (same(utf8[entry - 1], b, from, to)) {
                return entry - 1;
            }
        }
        return -1;
    }

    /** The name as a JSON string, quotes included, escaped as {@link JsonWriter} escapes. */
    byte[] quoted(int index) {
        return quoted[index];
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    private static boolean same(byte[] name, byte[] b, int from, int to) {
        if (name.length != to - from) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (name[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
