package dev.javapdk.pipeline;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/** Class-path helpers shared by the compiler seam and the JSON binding. */
public final class ClassPaths {
    private ClassPaths() {}

    /** The paths as URLs, for a {@link java.net.URLClassLoader}. */
    public static URL[] urls(List<Path> paths) {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return urls;
    }

    /**
     * The jar or directory {@code type} was loaded from. Fails the build with the class's name
     * when the class loader does not say (a custom loader without a code source).
     */
    public static Path entryOf(Class<?> type) throws BuildException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new BuildException("the build cannot find the jar that holds " + type.getName()
                    + ": its class loader gives no code source. Run the build with a standard class path.");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BuildException(
                    "the build cannot read the location of " + type.getName() + ": " + source.getLocation(), e);
        }
    }
}
