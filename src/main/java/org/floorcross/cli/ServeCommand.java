package org.floorcross.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.StoreConfig;
import org.floorcross.web.WebConfig;
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
        StoreConfig config = store.config();
        WebServer server = WebServer.start(new WebConfig(port, editorLines()), services.register(),
                services.ledger(config), services.review(config, ReviewConfig.defaults()), Clock.systemUTC());
        spec.commandLine().getOut().println("floorcross: serving on http://localhost:" + server.port()
                + "/ (Ctrl-C stops)");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private List<String> editorLines() throws IOException {
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
