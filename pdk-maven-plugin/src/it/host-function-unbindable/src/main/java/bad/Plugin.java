package bad;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.HostFunction;
import java.util.List;
import java.util.Map;

public class Plugin {
    public interface Shape {
        double area();
    }

    @HostFunction(name = "draw")
    static native void draw(List<Shape> shapes);

    @HostFunction(name = "index")
    static native Map<Integer, String> index(String query);

    @Export
    public static String run(String input) {
        draw(List.of());
        return String.valueOf(index(input));
    }
}
