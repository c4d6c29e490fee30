package dev.javapdk.wasm;

/**
 * A section as it stands in the binary, in file order: its id, a custom section's name, and the
 * bytes it was read from. The encoder writes those bytes back as they were, which is what makes an
 * unchanged module round-trip byte for byte (tools may pad LEB128 sizes); a section whose content
 * was changed through {@link WasmModule.Builder} has none and is encoded from the model.
 *
 * <pre>{@code
 * for (RawSection s : module.sections()) {
 *     System.out.println(s.id().describe() + (s.isOriginal() ? ", " + s.payload().length + " bytes" : ", changed"));
 * }
 * }</pre>
 *
 * @param customName the name of a custom section, else null
 * @param sizeLeb    the section size as it was encoded, or null once the content changed
 * @param payload    the section content as read (after the size), or null once it changed
 */
public record RawSection(SectionId id, String customName, byte[] sizeLeb, byte[] payload) {

    public RawSection {
        if ((id == SectionId.CUSTOM) != (customName != null) || (sizeLeb == null) != (payload == null)) {
            throw new IllegalArgumentException(
                    "a custom section has a name, others none; size and payload go together");
        }
    }

    /** A section that is to be encoded from the model. */
    static RawSection changed(SectionId id, String customName) {
        return new RawSection(id, customName, null, null);
    }

    /** Whether the section still has the bytes it was read from. */
    public boolean isOriginal() {
        return payload != null;
    }

    /** The size as it was encoded (a copy), or null. */
    @Override
    public byte[] sizeLeb() {
        return sizeLeb == null ? null : sizeLeb.clone();
    }

    /** The content as read (a copy), or null. */
    @Override
    public byte[] payload() {
        return payload == null ? null : payload.clone();
    }

    /** Number of bytes the section took in the input: id, size and content; 0 if changed. */
    public int encodedLength() {
        return payload == null ? 0 : 1 + sizeLeb.length + payload.length;
    }

    /** Writes id, size and content as read. */
    void writeOriginal(ByteWriter w) {
        w.u8(id.code()).bytes(sizeLeb).bytes(payload);
    }
}
