package org.floorcross.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code floorcross serve}: the dashboard, the JSON API, feeds and exports, and the editors' review queue. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard, the JSON API (/openapi.json), Atom feeds, CSV and Popolo exports.",
            "Editors log in to review with credentials from --editors FILE or FLOORCROSS_EDITORS: lines (or",
            "whitespace-separated entries) user:HASH, where HASH comes from `floorcross serve --hash-password`."})
final class ServeCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks one)")
    private int port;

    @Option(names = "--editors", paramLabel = "FILE", description = "file of user:HASH lines")
    private Path editors;

    @Option(names = "--hash-password", description = "read a password from standard input, print its hash, exit")
    private boolean hashPassword;

    @Mixin
    private StoreOptions store;

    ServeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (hashPassword) {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("give the password on standard input");
            }
            spec.commandLine().getOut().println(WebServer.hashPassword(password.toCharArray()));
            return 0;
        }
        Dashboard.serveUntilStopped(services, store.config(), port, editorLines(editors), spec.commandLine().getOut());
        return 0;
    }

    /** Editors from a file of user:HASH lines, else from FLOORCROSS_EDITORS, else none. */
    static List<String> editorLines(Path editors) throws IOException {
        if (editors != null) {
            if (!Files.isRegularFile(editors)) {
                throw new IllegalArgumentException("--editors: no such file " + editors);
            }
            return Files.readAllLines(editors, StandardCharsets.UTF_8);
        }
        String env = System.getenv("FLOORCROSS_EDITORS");
        return env == null ? List.of() : Arrays.stream(env.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }
}
