package org.floorcross.web;

import static j2html.TagCreator.tag;

import j2html.tags.ContainerTag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.floorcross.web.NationalFigures.Flow;

/** Net flows of seats between blocs as bands from the losing bloc (left) to the gaining bloc (right). */
final class FlowChart {

    private static final double TOP = 10;
    private static final double HEIGHT = 200;
    private static final double GAP = 8;
    private static final double LEFT = 170;
    private static final double RIGHT = 330;

    private FlowChart() {
    }

    static ContainerTag<?> svg(List<Flow> flows) {
        Map<String, Integer> sources = totals(flows, true);
        Map<String, Integer> targets = totals(flows, false);
        int total = flows.stream().mapToInt(Flow::seats).sum();
        int gaps = Math.max(sources.size(), targets.size()) - 1;
        double unit = (HEIGHT - GAP * gaps) / Math.max(1, total);
        Map<String, Double> sourceY = positions(sources, unit);
        Map<String, Double> targetY = positions(targets, unit);
        ContainerTag<?> svg = tag("svg").attr("viewBox", "0 0 520 " + (int) (HEIGHT + 2 * TOP))
                .attr("role", "img").attr("class", "flows").attr("aria-label", "Net flows of seats between blocs");
        Map<String, Double> sourceNext = new LinkedHashMap<>(sourceY);
        Map<String, Double> targetNext = new LinkedHashMap<>(targetY);
        for (Flow flow : flows) {
            double width = flow.seats() * unit;
            double y1 = sourceNext.merge(flow.from(), width, Double::sum) - width / 2;
            double y2 = targetNext.merge(flow.to(), width, Double::sum) - width / 2;
            svg.with(tag("path").attr("d", String.format(Locale.ROOT, "M%.1f %.1f C250 %.1f 250 %.1f %.1f %.1f",
                            LEFT + 6, y1, y1, y2, RIGHT - 6, y2))
                    .attr("stroke", Colours.of(flow.from())).attr("stroke-width", String.format(Locale.ROOT,
                            "%.1f", Math.max(1, width))).attr("fill", "none").attr("class", "band")
                    .with(tag("title").withText(flow.from() + " → " + flow.to() + ": " + flow.seats())));
        }
        sources.forEach((bloc, seats) -> svg.with(node(bloc, seats, sourceY.get(bloc), seats * unit, true)));
        targets.forEach((bloc, seats) -> svg.with(node(bloc, seats, targetY.get(bloc), seats * unit, false)));
        return svg;
    }

    private static Map<String, Integer> totals(List<Flow> flows, boolean sources) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Flow flow : flows) {
            totals.merge(sources ? flow.from() : flow.to(), flow.seats(), Integer::sum);
        }
        return totals;
    }

    private static Map<String, Double> positions(Map<String, Integer> totals, double unit) {
        Map<String, Double> positions = new LinkedHashMap<>();
        double y = TOP;
        for (Map.Entry<String, Integer> entry : totals.entrySet()) {
            positions.put(entry.getKey(), y);
            y += entry.getValue() * unit + GAP;
        }
        return positions;
    }

    private static ContainerTag<?> node(String bloc, int seats, double y, double height, boolean left) {
        double x = left ? LEFT : RIGHT - 6;
        ContainerTag<?> rect = tag("rect").attr("x", x).attr("y", String.format(Locale.ROOT, "%.1f", y))
                .attr("width", 6).attr("height", String.format(Locale.ROOT, "%.1f", Math.max(1, height)))
                .attr("fill", Colours.of(bloc));
        ContainerTag<?> label = tag("text").attr("x", left ? LEFT - 4 : RIGHT + 4)
                .attr("y", String.format(Locale.ROOT, "%.1f", y + Math.max(1, height) / 2 + 4))
                .attr("text-anchor", left ? "end" : "start").withText(bloc + " " + seats);
        return tag("g").with(rect, label);
    }
}
