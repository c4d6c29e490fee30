package dev.javapdk.tests.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Types for the JSON tests: the plug-in binds them at build time, the host test binds the same
 * classes with Jackson-jr, and both must agree byte for byte.
 */
public final class Corpus {
    private Corpus() {}

    /** toString() differs from name(): Jackson-jr writes and reads enums by toString(). */
    public enum Colour {
        RED,
        GREEN,
        BLUE;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    public enum Size {
        S,
        M,
        XL
    }

    public record Scalars(
            String text,
            int i,
            long l,
            double d,
            float f,
            boolean b,
            short s,
            byte y,
            char c,
            Integer boxedInt,
            Long boxedLong,
            Double boxedDouble,
            Boolean boxedBool) {}

    public record Item(String name, double price, int quantity, Size size, List<String> tags) {}

    public record Order(String id, List<Item> items, Map<String, Long> counters, Colour colour, Customer customer) {}

    /** A POJO: public fields, getters and setters, a read-only property. */
    public static class Customer {
        public String name;
        public List<Integer> scores;
        private String email;
        private boolean vip;
        private Map<String, List<Item>> wishlists;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public boolean isVip() {
            return vip;
        }

        public void setVip(boolean vip) {
            this.vip = vip;
        }

        public Map<String, List<Item>> getWishlists() {
            return wishlists;
        }

        public void setWishlists(Map<String, List<Item>> wishlists) {
            this.wishlists = wishlists;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customer c
                    && Objects.equals(name, c.name)
                    && Objects.equals(scores, c.scores)
                    && Objects.equals(email, c.email)
                    && vip == c.vip
                    && Objects.equals(wishlists, c.wishlists);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, scores, email, vip, wishlists);
        }

        @Override
        public String toString() {
            return "Customer[" + name + ", " + scores + ", " + email + ", " + vip + ", " + wishlists + "]";
        }
    }

    /** Generic nesting. */
    public record Page<T>(List<T> items, int page, Map<String, List<Map<String, T>>> index) {}

    public record Catalogue(Page<Item> items, Page<String> labels, List<List<Double>> matrix, Size[] sizes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Catalogue c
                    && Objects.equals(items, c.items)
                    && Objects.equals(labels, c.labels)
                    && Objects.equals(matrix, c.matrix)
                    && java.util.Arrays.equals(sizes, c.sizes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(items, labels, matrix, java.util.Arrays.hashCode(sizes));
        }
    }

    /** Optional: empty is written as nothing (left out) and read from null or absence. */
    public record WithOptional(String id, Optional<String> nickname, Optional<Item> favourite) {}

    /** Jackson annotations: a rename and an ignored property (jackson-jr-annotation-support). */
    public static class Annotated {
        @JsonProperty("full_name")
        public String name;

        @JsonIgnore
        public String secret;

        public int age;

        @Override
        public boolean equals(Object o) {
            return o instanceof Annotated a && Objects.equals(name, a.name) && age == a.age;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }
    }
}
