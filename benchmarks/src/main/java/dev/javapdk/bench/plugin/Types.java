package dev.javapdk.bench.plugin;

import java.util.List;
import java.util.Map;

/** The document types of the JSON benchmark. */
public final class Types {
    private Types() {}

    public record Line(String sku, String description, int quantity, double price, List<String> tags) {}

    public record Order(String id, String customer, List<Line> lines, Map<String, Long> counters, boolean paid) {}

    public record Summary(String id, int lines, int quantity, double total) {}

    /** About 1 MiB of orders. */
    public record Document(List<Order> orders) {}
}
