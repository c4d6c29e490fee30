package dev.javapdk.tests.json;

import dev.javapdk.pdk.Export;
import dev.javapdk.pdk.json.Json;
import dev.javapdk.tests.json.Corpus.Catalogue;
import dev.javapdk.tests.json.Corpus.Customer;
import dev.javapdk.tests.json.Corpus.Item;
import dev.javapdk.tests.json.Corpus.Order;
import dev.javapdk.tests.json.Corpus.Scalars;
import dev.javapdk.tests.json.Corpus.WithOptional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed exported functions: each reads its parameter from JSON and writes its result as JSON. */
public class JsonFunctions {
    @Export(name = "echo_scalars")
    public static Scalars echoScalars(Scalars value) {
        return value;
    }

    @Export(name = "echo_order")
    public static Order echoOrder(Order value) {
        return value;
    }

    @Export(name = "echo_customer")
    public static Customer echoCustomer(Customer value) {
        return value;
    }

    @Export(name = "echo_catalogue")
    public static Catalogue echoCatalogue(Catalogue value) {
        return value;
    }

    @Export(name = "echo_optional")
    public static WithOptional echoOptional(WithOptional value) {
        return value;
    }

    @Export(name = "echo_annotated")
    public static Corpus.Annotated echoAnnotated(Corpus.Annotated value) {
        return value;
    }

    @Export(name = "echo_tree")
    public static Object echoTree(Object value) {
        return value;
    }

    @Export(name = "echo_list")
    public static List<Map<String, Integer>> echoList(List<Map<String, Integer>> value) {
        return value;
    }

    @Export(name = "echo_long")
    public static Long echoLong(Long value) {
        return value;
    }

    /** Works on the typed value, so a bad document fails before this runs. */
    @Export(name = "order_total")
    public static Double orderTotal(Order order) {
        double total = 0;
        for (Item item : order.items()) {
            total += item.price() * item.quantity();
        }
        return total;
    }

    /** Explicit JSON calls on class literals: the build binds Item and Colour because of them. */
    @Export(name = "explicit")
    public static byte[] explicit(byte[] input) {
        Item item = Json.read(input, Item.class);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("item", item);
        answer.put("doubled", item.quantity() * 2);
        answer.put("colour", Json.read("\"green\"", Corpus.Colour.class));
        return Json.write(answer);
    }
}
