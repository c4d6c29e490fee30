package bad;

import dev.javapdk.pdk.Export;
import java.util.List;
import java.util.Map;

public class Plugin {
    public interface Shape {
        double area();
    }

    public record Drawing(String title, List<Shape> shapes) {
    }

    public record Lookup(Map<Integer, String> byId) {
    }

    @Export
    public static Double totalArea(Drawing drawing) {
        return drawing.shapes().stream().mapToDouble(Shape::area).sum();
    }

    @Export
    public static Lookup lookup(List raw) {
        return null;
    }
}
