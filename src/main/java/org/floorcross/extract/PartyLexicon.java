package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ways reporters name parties ("the Tories", "Lib Dems", "Labour and Co-operative", "Plaid", "Reform"),
 * local groups ("Ashfield Independents") and independence ("an independent") in a sentence, and gives each its
 * canonical bloc name, asking the register first and falling back to its own table.
 */
final class PartyLexicon {

    /** The canonical names the output contract knows; a register answer outside these is a local group's name. */
    static final Set<String> CANONICAL = Set.of("Labour", "Conservative", "Liberal Democrats", "Green", "SNP",
            "Plaid Cymru", "Reform UK", "Independent", "Alba", "Your Party", "UKIP", "Brexit Party", "Workers Party",
            "SDLP", "Sinn Féin", "DUP", "UUP", "Alliance", "TUV", "TUSC", "Restore Britain", "People's Party", "People Before Profit");

    private static final Map<String, String> FALLBACK = Map.ofEntries(
            Map.entry("labour", "Labour"), Map.entry("conservative", "Conservative"), Map.entry("tory", "Conservative"),
            Map.entry("tories", "Conservative"), Map.entry("lib", "Liberal Democrats"),
            Map.entry("liberal", "Liberal Democrats"), Map.entry("green", "Green"), Map.entry("greens", "Green"),
            Map.entry("conservatives", "Conservative"), Map.entry("libdem", "Liberal Democrats"),
            Map.entry("libdems", "Liberal Democrats"), Map.entry("snp", "SNP"),
            Map.entry("scottish", "SNP"), Map.entry("plaid", "Plaid Cymru"), Map.entry("reform", "Reform UK"),
            Map.entry("alba", "Alba"), Map.entry("your", "Your Party"), Map.entry("ukip", "UKIP"),
            Map.entry("brexit", "Brexit Party"), Map.entry("workers", "Workers Party"), Map.entry("sdlp", "SDLP"),
            Map.entry("sinn", "Sinn Féin"), Map.entry("dup", "DUP"), Map.entry("democratic", "DUP"),
            Map.entry("uup", "UUP"), Map.entry("ulster", "UUP"), Map.entry("alliance", "Alliance"),
            Map.entry("tuv", "TUV"), Map.entry("traditional", "TUV"), Map.entry("social", "SDLP"),
            Map.entry("people", "People Before Profit"), Map.entry("tusc", "TUSC"), Map.entry("trade", "TUSC"), Map.entry("restore", "Restore Britain"));

    private static final Pattern PARTY = Pattern.compile(
            "\\b(?:Social Democratic and Labour Party|Traditional Unionist Voice|People Before Profit"
            + "|Trade Union(?:ist)? and Socialist Coalition"
            + "|Labour(?: (?:and|&) Co-?op(?:erative)?)?(?: Party)?"
            + "|Conservatives?(?: and Unionists?)?(?: Party)?|Tory|Tories"
            + "|Liberal Democrats?|Lib ?Dems?|LibDems?"
            + "|Green Party|Greens?(?! (?:Lane|Road|Street|Park|Belt|[Ww]ard|[Ll]abour|[Cc]onservative)\\b)"
            + "|SNP|Scottish National Party|Plaid Cymru|Plaid"
            + "|Reform UK|Reform(?: Party)?(?= |,|\\.|'|’|$)|Alba(?: Party)?|Your Party|UKIP|Ukip|Brexit Party"
            + "|Workers(?:'|’)? Party(?: of Britain)?|SDLP|Sinn F[eé]in|DUP|Democratic Unionists?(?: Party)?"
            + "|UUP|Ulster Unionists?(?: Party)?|Alliance Party|Alliance(?= (?:MLA|councillor|member))"
            + "|TUV|TUSC|Restore Britain)\\b");

    private static final Pattern INDEPENDENT = Pattern.compile(
            "\\b[Ii]ndependents?\\b(?! (?!(?:MPs?|MSPs?|MSs?|MLAs?|Councillors?|Cllrs?)\\b)[A-Z])");

    private static final Pattern GROUP = Pattern.compile(
            "\\b((?:[A-Z][\\w'’-]+ )+(?:Independents|Independent Group|Residents(?: Association| Group)?|First))\\b");

    private static final Pattern LEADER = Pattern.compile("\\b(?:(?:Sir |Dame )?[A-Z][\\w-]+ (?:ap )?)?("
            + String.join("|", Leaders.surnames()) + ")['’]s (?:party|Party|[A-Z][\\w ]{0,20}?Party\\b)");

    private final Function<String, Optional<String>> registerLookup;
    /** Registered parties' names beyond those PARTY knows ("Mebyon Kernow", "Social Democratic Party"), longest first. */
    private final Pattern registered;
    private final Map<String, String> registeredNames;

    PartyLexicon(Function<String, Optional<String>> registerLookup) {
        this(registerLookup, List.of());
    }

    PartyLexicon(Function<String, Optional<String>> registerLookup, List<Map.Entry<String, String>> labels) {
        this.registerLookup = registerLookup;
        Map<String, String> names = new java.util.HashMap<>();
        for (Map.Entry<String, String> label : labels) {
            String written = label.getKey().strip();
            if (distinctive(written)) {
                names.putIfAbsent(written, label.getValue());
            }
        }
        this.registeredNames = Map.copyOf(names);
        this.registered = names.isEmpty() ? null : Pattern.compile("\\b(?:" + names.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|")) + ")(?![\\w'’-])");
    }

    /** Names a reporter would only write for the party: several words, or one word that is not everyday English. */
    private static boolean distinctive(String name) {
        if (name.length() < 4 || !Character.isUpperCase(name.charAt(0)) || PARTY.matcher(name).matches()
                || INDEPENDENT.matcher(name).matches()) {
            return false;
        }
        return name.contains(" ") ? !COMMON_PHRASES.contains(name) : !COMMON_WORDS.contains(name);
    }

    private static final Set<String> COMMON_WORDS = Set.of("Forward", "Life", "Humanity", "Mainstream", "Cornerstone",
            "Justice", "Freedom", "Together", "Unity", "Change", "Common", "Community", "Local", "People", "Progress",
            "Renew", "Restore", "Liberal", "Democrats", "Socialist", "Vision", "Voice", "Hope", "Action", "Future",
            "Britain", "England", "Wales", "Scotland", "Now", "One", "Party", "Reclaim", "Advance", "Independence",
            "Patria", "Concordia", "Compass", "Link", "Atomist", "Interactive", "Democratic", "Christian", "Workers",
            "National", "Conservative", "Socialists", "Animal", "Peace", "Truth", "Movement", "Spirit", "Women");
    private static final Set<String> COMMON_PHRASES = Set.of("The Party", "Our Island", "Common Good", "Community First",
            "Citizens First", "Local Alliance", "The Independents", "Independent Union");

    /** A registered name as reporters shorten it: no " - The Party for Cornwall" tail, no "(SNP)", no "The ". */
    static String shortName(String name) {
        String shortened = name.replaceFirst("\\s+-\\s+.*$", "").replaceFirst("\\s*\\([^)]*\\)\\s*$", "")
                .replaceFirst("^The\\s+", "").strip();
        return shortened.isEmpty() ? name : shortened;
    }

    List<PartyMention> find(String sentence) {
        return find(sentence, null);
    }

    /** The parties a sentence names; one named through its leader is resolved at the publication date, if known. */
    List<PartyMention> find(String written, LocalDate published) {
        String sentence = titleCaseCapitals(written);
        List<PartyMention> found = new ArrayList<>();
        if (registered != null) {
            Matcher other = registered.matcher(sentence);
            while (other.find()) {
                if (!overlaps(found, other.start(), other.end())) {
                    found.add(new PartyMention(other.start(), other.end(), other.group(),
                            registeredNames.get(other.group()), false));
                }
            }
        }
        Matcher group = GROUP.matcher(sentence);
        while (group.find()) {
            if (overlaps(found, group.start(1), group.end(1))) {
                continue;
            }
            String name = group.group(1);
            if (!name.startsWith("The ") || name.split(" ").length > 2) {
                String clean = name.startsWith("The ") ? name.substring(4) : name;
                found.add(new PartyMention(group.end(1) - clean.length(), group.end(1), clean, clean, true));
            }
        }
        addLeaders(sentence, published, found);
        Matcher party = PARTY.matcher(sentence);
        while (party.find()) {
            if (!overlaps(found, party.start(), party.end())) {
                found.add(new PartyMention(party.start(), party.end(), party.group(), canonical(party.group()), false));
            }
        }
        Matcher independent = INDEPENDENT.matcher(sentence);
        while (independent.find()) {
            if (!overlaps(found, independent.start(), independent.end())) {
                found.add(new PartyMention(independent.start(), independent.end(), independent.group(),
                        "Independent", false));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    /**
     * "Farage's party": the party the leader led at the date. A party the sentence names itself wins over a
     * leader-derived guess, and an unresolved leader yields no mention rather than a guess.
     */
    private void addLeaders(String sentence, LocalDate published, List<PartyMention> found) {
        Matcher leader = LEADER.matcher(sentence);
        while (leader.find()) {
            String surname = leader.group(1);
            String tail = leader.group().substring(leader.group().indexOf(surname) + surname.length() + 3).strip();
            Optional<String> party = tail.equalsIgnoreCase("party") ? namedNearby(sentence, leader, surname)
                    .or(() -> Leaders.partyOf(surname, published)) : Optional.of(canonical(tail)).filter(CANONICAL::contains)
                    .or(() -> Leaders.partyOf(surname, published));
            party.ifPresent(p -> found.add(new PartyMention(leader.start(), leader.end(), leader.group(), p, false)));
        }
    }

    /** A party the same sentence names elsewhere that this leader has led. */
    private Optional<String> namedNearby(String sentence, Matcher leader, String surname) {
        Matcher party = PARTY.matcher(sentence);
        while (party.find()) {
            String named = canonical(party.group());
            if ((party.end() <= leader.start() || party.start() >= leader.end())
                    && Leaders.partiesOf(surname).contains(named)) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }

    /** "A TORY councillor", "TWO Labour councillors": words in capitals read in title case (offsets unchanged). */
    private static String titleCaseCapitals(String text) {
        Matcher m = CAPITALS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            if (!ACRONYMS.contains(m.group())) {
                for (int i = m.start() + 1; i < m.end(); i++) {
                    out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
                }
            }
        } while (m.find());
        return out.toString();
    }

    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{4,}\\b");
    private static final Set<String> ACRONYMS = Set.of("UKIP", "TUSC", "SDLP");

    /** Whether the text is just a party's name (NER sometimes tags "Plaid Cymru" as a person). */
    static boolean isPartyName(String text) {
        return PARTY.matcher(text.strip()).matches();
    }

    String canonical(String mention) {
        if (mention.matches("(?i)(?:the )?brexit party")) {
            return "Brexit Party"; // the register knows it by its later name, Reform UK; reports of the time do not
        }
        String key = mention.toLowerCase(java.util.Locale.ROOT).split("[ '’&-]")[0];
        String fallback = FALLBACK.get(key);
        Optional<String> registered = registerLookup.apply(mention);
        if (registered.isPresent() && (fallback == null || CANONICAL.contains(registered.get()))) {
            return registered.get();
        }
        return fallback != null ? fallback : mention;
    }

    private static boolean overlaps(List<PartyMention> found, int start, int end) {
        return found.stream().anyMatch(m -> start < m.end() && m.start() < end);
    }
}
