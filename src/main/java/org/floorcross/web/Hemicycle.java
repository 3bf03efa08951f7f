package org.floorcross.web;

import static j2html.TagCreator.tag;

import j2html.tags.ContainerTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.floorcross.web.Records.BlocSeats;

/** A parliament-style half-circle of seats, one dot per seat, coloured by bloc from left to right. */
final class Hemicycle {

    private record Dot(double angle, double radius) {}

    private Hemicycle() {
    }

    static ContainerTag<?> svg(List<BlocSeats> blocs, int totalSeats, int needed) {
        List<Dot> dots = layout(totalSeats);
        int rows = rows(totalSeats);
        double dotRadius = rows == 1 ? 0.08 : 0.6 / rows * 0.4;
        double margin = 100 * dotRadius + 2;
        String viewBox = String.format(java.util.Locale.ROOT, "%.1f %.1f %.1f %.1f", -100 - margin, -100 - margin,
                200 + 2 * margin, 100 + 2 * margin);
        ContainerTag<?> svg = tag("svg").attr("viewBox", viewBox).attr("role", "img")
                .attr("class", "hemicycle").attr("aria-label", totalSeats + " seats; " + needed + " for a majority");
        int index = 0;
        for (BlocSeats bloc : blocs) {
            for (int i = 0; i < bloc.seats() && index < dots.size(); i++, index++) {
                svg.with(circle(dots.get(index), dotRadius, bloc.bloc()));
            }
        }
        for (; index < dots.size(); index++) {
            svg.with(circle(dots.get(index), dotRadius, "Vacant"));
        }
        return svg.with(tag("text").attr("x", 0).attr("y", -4).attr("text-anchor", "middle")
                        .attr("class", "total").withText(String.valueOf(totalSeats)),
                tag("text").attr("x", 0).attr("y", 5).attr("text-anchor", "middle").attr("class", "needed")
                        .withText(needed + " for a majority"));
    }

    private static ContainerTag<?> circle(Dot dot, double radius, String bloc) {
        double x = 100 * dot.radius() * Math.cos(dot.angle());
        double y = -100 * dot.radius() * Math.sin(dot.angle());
        return tag("circle").attr("cx", round(x)).attr("cy", round(y)).attr("r", round(100 * radius))
                .attr("fill", Colours.of(bloc)).with(tag("title").withText(bloc));
    }

    static int rows(int seats) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(seats) / 2.2));
    }

    /** Seat positions ordered from the left end of the arc to the right. */
    static List<Dot> layout(int seats) {
        int rows = rows(seats);
        double[] radii = new double[rows];
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            radii[i] = rows == 1 ? 0.75 : 0.4 + 0.6 * i / (rows - 1);
            sum += radii[i];
        }
        List<Dot> dots = new ArrayList<>();
        int placed = 0;
        for (int i = 0; i < rows; i++) {
            int inRow = i == rows - 1 ? seats - placed
                    : Math.min(seats - placed, (int) Math.round(seats * radii[i] / sum));
            placed += inRow;
            for (int j = 0; j < inRow; j++) {
                double angle = inRow == 1 ? Math.PI / 2 : Math.PI * (1 - (double) j / (inRow - 1));
                dots.add(new Dot(angle, radii[i]));
            }
        }
        dots.sort(Comparator.comparingDouble(Dot::angle).reversed().thenComparingDouble(Dot::radius));
        return dots;
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
