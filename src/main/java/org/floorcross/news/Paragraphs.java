package org.floorcross.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The readable text of an element: one paragraph per block element or line break, separated by blank lines. */
final class Paragraphs implements NodeVisitor {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private Paragraphs() {}

    static String of(Element root) {
        Paragraphs visitor = new Paragraphs();
        root.traverse(visitor);
        visitor.endParagraph();
        return String.join("\n\n", visitor.paragraphs);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText());
        } else if (breaksText(node)) {
            endParagraph();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (breaksText(node)) {
            endParagraph();
        }
    }

    private static boolean breaksText(Node node) {
        return node instanceof Element element && (element.isBlock() || element.nameIs("br"));
    }

    private void endParagraph() {
        String paragraph = WHITESPACE.matcher(current).replaceAll(" ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
