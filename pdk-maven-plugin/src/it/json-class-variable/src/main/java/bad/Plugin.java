package bad;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.json.Json;

public class Plugin {
    public record Point(int x, int y) {
    }

    @Export
    public static String parse(byte[] input) {
        return String.valueOf(read(input, Point.class));
    }

    static <T> T read(byte[] input, Class<T> type) {
        return Json.read(input, type);
    }
}
