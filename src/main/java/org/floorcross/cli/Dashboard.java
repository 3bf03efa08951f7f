package org.floorcross.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.StoreConfig;
import org.floorcross.web.WebConfig;
import org.floorcross.web.WebServer;

/** Serves the dashboard over a store until the process is stopped (Ctrl-C). */
final class Dashboard {

    private Dashboard() {
    }

    static void serveUntilStopped(Services services, StoreConfig config, int port, List<String> editors,
                                  PrintWriter out) throws InterruptedException {
        WebServer server = WebServer.start(new WebConfig(port, editors), services.register(),
                services.ledger(config), services.review(config, ReviewConfig.defaults()), Clock.systemUTC());
        out.println("floorcross: serving on http://localhost:" + server.port() + "/ (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
