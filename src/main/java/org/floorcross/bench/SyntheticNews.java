package org.floorcross.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates news-like articles about other things (sport, weather, courts, business, transport, culture, local
 * services), deterministically from a seed. Some use words that a defection story uses too ("council", "join",
 * "independent", "left"), as real news does, so the prefilter is not flattered.
 */
final class SyntheticNews {

    private static final List<String> OPENINGS = List.of(
            "%s have confirmed the signing of a %s midfielder on a two-year deal after a successful trial.",
            "Heavy rain is expected across %s this weekend, with a yellow warning in place until %s.",
            "A man has been jailed for %d years after admitting a string of burglaries in %s.",
            "Plans for %d new homes on the edge of %s have been approved despite objections from residents.",
            "Passengers faced delays of up to %d minutes after a signalling fault near %s.",
            "A %s bakery has won a national award for its sourdough, beating more than %d entries.",
            "The county council says repairs to the bridge in %s will take %d weeks to complete.",
            "An independent review into waiting times at the hospital in %s has found staff shortages.");
    private static final List<String> MIDDLES = List.of(
            "Residents said they had been waiting for months for an update and welcomed the news.",
            "The company, which employs %d people in %s, said trading had been difficult since the spring.",
            "Police said officers were called to the scene shortly after %d o'clock and the road was closed.",
            "Supporters will be able to join the celebrations at the ground on %s afternoon.",
            "The charity left a statement thanking volunteers for raising more than %d pounds.",
            "A spokesperson for the operator said the line had reopened and services were returning to normal.",
            "Organisers said tickets for the festival in %s had sold out within %d hours.",
            "The head teacher said pupils had worked hard and the school was proud of the results.",
            "Councillors on the planning committee voted %d to %d in favour of the scheme.",
            "Forecasters said temperatures would return to around %d degrees by the middle of next week.",
            "The court heard the defendant had shown remorse and had no previous convictions.",
            "Shoppers in %s said the closure of the bank branch would leave older customers without help.");
    private static final List<String> PLACES = List.of("Leeds", "Norwich", "Cardiff", "Perth", "Truro", "Carlisle",
            "Stoke", "Ipswich", "Derry", "Swansea", "Inverness", "Lincoln", "Bath", "Wigan", "Hull", "Exeter");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private static final List<String> MOVES = List.of(
            "Councillor %s has quit the %s party and will now sit as an independent on %s.",
            "Two %s councillors, %s and %s, have defected to %s on %s, the party confirmed.",
            "%s councillor %s has had the whip removed and has been suspended from the party pending an investigation.",
            "%d councillors on %s have resigned from the %s party, saying it no longer represents them.");
    private static final List<String> PARTIES = List.of("Labour", "Conservative", "Liberal Democrats", "Green",
            "Reform UK");
    private static final List<String> FIRST = List.of("Sarah", "David", "Amina", "Gareth", "Linda", "Imran", "Claire",
            "Peter", "Fiona", "Tom", "Joanne", "Rashid");
    private static final List<String> LAST = List.of("Holt", "Patel", "Morgan", "Fletcher", "Khan", "Douglas",
            "Ainsworth", "Reid", "Lloyd", "Barker", "Shah", "Whitfield");

    private final SplittableRandom random;
    private final List<String> councils;

    /** @param councils official names of councils to write relevant stories about */
    SyntheticNews(long seed, List<String> councils) {
        if (councils.isEmpty()) {
            throw new IllegalArgumentException("need at least one council name for relevant stories");
        }
        this.random = new SplittableRandom(seed);
        this.councils = List.copyOf(councils);
    }

    /** A short story reporting a change of allegiance, followed by ordinary news padding. */
    String relevantArticle(int approximateChars) {
        String council = pick(councils);
        String from = pick(PARTIES);
        String to = pick(PARTIES.stream().filter(p -> !p.equals(from)).toList());
        String lede = switch (random.nextInt(MOVES.size())) {
            case 0 -> String.format(MOVES.get(0), person(), from, council);
            case 1 -> String.format(MOVES.get(1), from, person(), person(), to, council);
            case 2 -> String.format(MOVES.get(2), from, person());
            default -> String.format(MOVES.get(3), 2 + random.nextInt(12), council, from);
        };
        return lede + "\n\n" + article(Math.max(0, approximateChars - lede.length()));
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    /** One article of roughly the given number of characters. */
    String article(int approximateChars) {
        StringBuilder text = new StringBuilder(approximateChars + 200);
        text.append(fill(pick(OPENINGS))).append("\n\n");
        while (text.length() < approximateChars) {
            int sentences = 2 + random.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                text.append(fill(pick(MIDDLES))).append(' ');
            }
            text.setCharAt(text.length() - 1, '\n');
            text.append('\n');
        }
        return text.toString();
    }

    private String fill(String template) {
        Object[] args = new Object[4];
        int at = 0;
        for (int i = template.indexOf('%'); i >= 0 && at < args.length; i = template.indexOf('%', i + 1)) {
            args[at++] = template.charAt(i + 1) == 'd' ? (Object) (1 + random.nextInt(400)) : pickPlaceOrDay();
        }
        return String.format(template, args);
    }

    private String pickPlaceOrDay() {
        return random.nextInt(4) == 0 ? pick(DAYS) : pick(PLACES);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
