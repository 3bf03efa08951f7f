package org.floorcross.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.floorcross.web.Records.EventView;

/** An Atom 1.0 feed of accepted events, written with StAX so that every piece of text is escaped. */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String render(String baseUrl, String selfPath, String title, List<EventView> events) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", baseUrl + selfPath);
            element(xml, "title", title);
            element(xml, "updated", timestamp(events.stream().map(EventView::date).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1))));
            link(xml, "self", baseUrl + selfPath);
            xml.writeStartElement("author");
            element(xml, "name", "floorcross");
            xml.writeEndElement();
            for (EventView event : events) {
                entry(xml, baseUrl, event);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed " + selfPath, e);
        }
    }

    private static void entry(XMLStreamWriter xml, String baseUrl, EventView event) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", baseUrl + Layout.eventHref(event.id()));
        element(xml, "title", event.bodyName() + ": " + event.kind() + ", " + Layout.move(event));
        element(xml, "updated", timestamp(event.date() == null ? LocalDate.of(2000, 1, 1) : event.date()));
        link(xml, "alternate", baseUrl + Layout.eventHref(event.id()));
        element(xml, "summary", event.seats() + " seat(s), " + Layout.date(event.date(), event.precision())
                + (event.people().isEmpty() ? "" : "; " + String.join(", ", event.people()))
                + "; " + event.sources().size() + " source(s)");
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).toString().replace("Z", ":00Z");
    }
}
