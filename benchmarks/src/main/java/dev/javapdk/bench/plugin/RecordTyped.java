package dev.javapdk.bench.plugin;

import dev.javapdk.bench.plugin.Types.Line;
import dev.javapdk.bench.plugin.Types.Order;
import dev.javapdk.bench.plugin.Types.Summary;
import dev.javapdk.pdk.Export;

/** summarize(Order) → Summary with records: the JSON is bound at build time. */
public class RecordTyped {
    @Export
    public static Summary summarize(Order order) {
        int quantity = 0;
        double total = 0;
        for (Line line : order.lines()) {
            quantity += line.quantity();
            total += line.quantity() * line.price();
        }
        return new Summary(order.id(), order.lines().size(), quantity, total);
    }
}
