package org.floorcross.ledger;

import java.util.List;

/** Who controls a body, given its blocs: plain independents count as blocs of one each. */
final class ControlRule {

    private ControlRule() {
    }

    static Control of(List<Bloc> blocs, int totalSeats) {
        int needed = totalSeats / 2 + 1;
        int largest = blocs.stream().mapToInt(ControlRule::weight).max().orElse(0);
        if (largest == 0) {
            return new Control(Control.Kind.NO_OVERALL_CONTROL, null, 0, needed, List.of());
        }
        List<String> top = blocs.stream().filter(b -> weight(b) == largest).map(Bloc::name).sorted().toList();
        Control.Kind kind = largest >= needed ? Control.Kind.MAJORITY : Control.Kind.NO_OVERALL_CONTROL;
        return new Control(kind, top.getFirst(), largest, needed, top.subList(1, top.size()));
    }

    /** A bloc's weight for control: its seats, or one for plain independents, who never act as one bloc. */
    private static int weight(Bloc bloc) {
        return bloc.plainIndependents() ? Math.min(1, bloc.seats()) : bloc.seats();
    }
}
