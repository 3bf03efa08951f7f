package org.floorcross.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.floorcross.web.Records.EventView;

/** Seats changed per party and net flows between parties, from the accepted events in a period. */
record NationalFigures(LocalDate from, LocalDate to, int events, List<PartyChange> changes, List<Flow> flows) {

    record PartyChange(String party, int lost, int gained) {
        int net() {
            return gained - lost;
        }
    }

    /** A net flow of seats from one bloc to another (moves back the other way already subtracted). */
    record Flow(String from, String to, int seats) {}

    static NationalFigures of(List<EventView> all, LocalDate from, LocalDate to) {
        Map<String, int[]> perParty = new TreeMap<>();
        Map<List<String>, Integer> gross = new HashMap<>();
        int counted = 0;
        for (EventView event : all) {
            boolean inPeriod = event.date() != null && (from == null || !event.date().isBefore(from))
                    && (to == null || !event.date().isAfter(to));
            if (!inPeriod || event.from() == null || event.bloc() == null || event.seats() == 0) {
                continue;
            }
            counted++;
            perParty.computeIfAbsent(event.from(), k -> new int[2])[0] += event.seats();
            perParty.computeIfAbsent(event.bloc(), k -> new int[2])[1] += event.seats();
            gross.merge(List.of(event.from(), event.bloc()), event.seats(), Integer::sum);
        }
        List<PartyChange> changes = new ArrayList<>();
        perParty.forEach((party, counts) -> changes.add(new PartyChange(party, counts[0], counts[1])));
        changes.sort(Comparator.comparingInt(PartyChange::net).thenComparing(PartyChange::party));
        return new NationalFigures(from, to, counted, changes, netFlows(gross));
    }

    private static List<Flow> netFlows(Map<List<String>, Integer> gross) {
        List<Flow> flows = new ArrayList<>();
        gross.forEach((pair, seats) -> {
            int back = gross.getOrDefault(List.of(pair.get(1), pair.get(0)), 0);
            if (seats - back > 0) {
                flows.add(new Flow(pair.get(0), pair.get(1), seats - back));
            }
        });
        flows.sort(Comparator.comparingInt(Flow::seats).reversed().thenComparing(Flow::from)
                .thenComparing(Flow::to));
        return flows;
    }
}
