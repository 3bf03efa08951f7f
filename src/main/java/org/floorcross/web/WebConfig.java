package org.floorcross.web;

import java.util.List;

/**
 * How to serve the web.
 *
 * @param port the TCP port; 0 picks a free one
 * @param editors {@code user:hash} lines naming who may review (see {@link WebServer#hashPassword}); none means
 *                nobody can log in and every page stays read-only
 */
public record WebConfig(int port, List<String> editors) {

    public WebConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        editors = List.copyOf(editors);
        Editors.parse(editors);
    }
}
