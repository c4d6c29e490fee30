package dev.javapdk.pipeline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.jr.annotationsupport.JacksonAnnotationExtension;
import com.fasterxml.jackson.jr.ob.JSON;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonProperty} on some of a record's components: Jackson-jr with annotation support then
 * drops the others, and the record could not be created, so the build says what to change instead
 * of generating Java that does not compile.
 */
public class PartialJsonPropertyTest {
    private static final JSON JACKSON_JR =
            JSON.builder().register(JacksonAnnotationExtension.std).build();

    public record Partial(@JsonProperty("full_name") String name, int age, String city) {}

    public record IgnoredComponent(String name, @JsonIgnore int age) {}

    public record Full(
            @JsonProperty("full_name") String name,
            @JsonProperty int age) {}

    @Test
    void partialJsonPropertyOnARecordIsAProblemNamingTheDroppedComponents() throws Exception {
        // What Jackson-jr with annotation support does with such a record: the other components vanish.
        assertEquals("{\"full_name\":\"Ann\"}", JACKSON_JR.asString(new Partial("Ann", 3, "Oslo")));

        TypeResolver resolver = new TypeResolver();
        resolver.resolve(Partial.class, "the parameter of export greet");
        assertEquals(
                List.of("JSON binding: record " + Partial.class.getName() + " at $ has Jackson annotations, and "
                        + "then Jackson-jr (jackson-jr-annotation-support) binds only the components marked "
                        + "@JsonProperty: age, city are not a JSON property and the record could not be created "
                        + "from JSON (reached from the parameter of export greet); put @JsonProperty on every "
                        + "component (@JsonProperty with no name keeps the component's name)"),
                resolver.problems());
    }

    @Test
    void jsonIgnoreOnARecordComponentSaysToUseAClass() throws Exception {
        assertEquals("{}", JACKSON_JR.asString(new IgnoredComponent("Ann", 3)));

        TypeResolver resolver = new TypeResolver();
        resolver.resolve(IgnoredComponent.class, "the result of export f");
        assertEquals(1, resolver.problems().size(), resolver.problems().toString());
        String problem = resolver.problems().get(0);
        assertTrue(problem.contains(": name, age are not a JSON property"), problem);
        assertTrue(
                problem.endsWith("; to leave a property out, use a class, not a record: a record's constructor "
                        + "needs every component"),
                problem);
    }

    @Test
    void jsonPropertyOnEveryComponentBindsAsJacksonJrWritesIt() throws Exception {
        TypeResolver resolver = new TypeResolver();
        JsonType.Bean bean = (JsonType.Bean) resolver.resolve(Full.class, "test");
        assertTrue(resolver.problems().isEmpty(), resolver.problems().toString());
        Map<String, Object> written = JACKSON_JR.mapFrom(JACKSON_JR.asString(new Full("Ann", 3)));
        assertEquals(
                List.copyOf(written.keySet()),
                bean.properties().stream().map(JsonType.Property::name).toList());
        assertEquals(
                List.of("ctor:1", "ctor:0"),
                bean.properties().stream().map(JsonType.Property::setter).toList());
    }
}
