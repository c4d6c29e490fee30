package dev.javapdk.userproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code pom.xml} for a new plug-in project, taken from README.md itself (so the two
 * cannot drift), built in an otherwise empty project with Maven 3.8: it compiles a plug-in, builds
 * its {@code .wasm} and runs its integration test on the harness.
 */
class ReadmePomIT {
    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);

    /** The first {@code xml} block of README.md that is a whole pom on the plug-in parent. */
    static String readmePom(String readme) {
        Matcher block = XML_BLOCK.matcher(readme);
        while (block.find()) {
            String xml = block.group(1);
            if (xml.startsWith("<?xml") && xml.contains("<artifactId>pdk-plugin-parent</artifactId>")) {
                return xml;
            }
        }
        throw new AssertionError("README.md has no ```xml block with a whole pom.xml on pdk-plugin-parent");
    }

    @Test
    void theReadmePomBuildsAPluginAndRunsItsTestOnMaven38() throws Exception {
        String pom = readmePom(Files.readString(Path.of(System.getProperty("javapdk.readme"))));
        Matcher artifactId = Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(artifactId.find(), "the pom names its artifactId after the parent");
        String name = artifactId.group(1);

        Path project = Path.of("target/readme-pom").toAbsolutePath();
        deleteTree(project);
        Path sources = project.resolve("src/main/java/com/example/hello");
        Path tests = project.resolve("src/test/java/com/example/hello");
        Files.createDirectories(sources);
        Files.createDirectories(tests);
        Files.writeString(project.resolve("pom.xml"), pom);
        Files.writeString(sources.resolve("Hello.java"), """
                package com.example.hello;

                import dev.javapdk.pdk.Export;

                public class Hello {
                    @Export
                    public static String greet(String name) {
                        return "Hello, " + name + "!";
                    }
                }
                """);
        Files.writeString(tests.resolve("HelloIT.java"), """
                package com.example.hello;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import dev.javapdk.harness.ExtismPlugin;
                import dev.javapdk.harness.LoadedPlugin;
                import org.junit.jupiter.api.Test;

                class HelloIT {
                    @Test
                    void greets(@ExtismPlugin(wasm = "target/%s.wasm") LoadedPlugin plugin) {
                        assertEquals("Hello, Benjamin!", plugin.call("greet", "Benjamin"));
                    }
                }
                """.formatted(name));
        // The PDK comes from the invoker's repository; everything else from the outer build's.
        Path settings = project.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <profiles><profile><id>outer</id>
                    <repositories><repository><id>outer</id><url>%1$s</url></repository></repositories>
                    <pluginRepositories><pluginRepository><id>outer</id><url>%1$s</url></pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>outer</activeProfile></activeProfiles>
                </settings>
                """.formatted(
                        Path.of(System.getProperty("javapdk.outerRepo")).toUri()));

        Path mavenHome = Path.of(System.getProperty("javapdk.maven38"));
        List<String> command = new ArrayList<>(List.of(
                "sh",
                mavenHome.resolve("bin/mvn").toString(),
                "-B",
                "-V",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local="
                        + Path.of(System.getProperty("javapdk.itRepo")).toAbsolutePath(),
                "verify"));
        Path log = project.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_OPTS");
        Process maven = builder.start();
        assertTrue(maven.waitFor(20, TimeUnit.MINUTES), "Maven 3.8 did not finish; see " + log);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, maven.exitValue(), "the README's pom failed to build; " + log + ":\n" + tail(output));
        assertTrue(output.contains("Apache Maven 3.8."), "built with Maven 3.8: " + tail(output));
        assertTrue(
                output.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0"),
                "its integration test ran: " + tail(output));
        assertTrue(Files.isRegularFile(project.resolve("target/" + name + ".wasm")), "target/" + name + ".wasm");
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
