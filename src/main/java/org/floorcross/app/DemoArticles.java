package org.floorcross.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample articles bundled for {@code floorcross demo} (classpath {@value #FOLDER}): written by the project in its
 * own words about real events. Only article files are copied; the folder's gold file is for tests.
 */
final class DemoArticles {

    static final String FOLDER = "org/floorcross/app/demo/";

    private DemoArticles() {
    }

    static List<Path> copyTo(Path directory) {
        URL folder = DemoArticles.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("the demo articles are missing from the application (" + FOLDER + ")");
        }
        try {
            Files.createDirectories(directory);
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return copy(Path.of(uri), directory);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copy(jar.getPath(FOLDER), directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo articles to " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource address " + folder, e);
        }
    }

    private static List<Path> copy(Path source, Path directory) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
                    Path target = directory.resolve(name);
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    copied.add(target);
                }
            }
        }
        return copied;
    }
}
