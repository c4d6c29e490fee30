package dev.javapdk.build;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Class-path helpers shared by the compiler seam and the JSON binding. */
public final class ClassPaths {
    private ClassPaths() {
    }

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
}
