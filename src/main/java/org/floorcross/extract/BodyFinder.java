package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorcross.register.Body;
import org.floorcross.register.BodyKind;

/**
 * Finds the bodies an article names ("Broxtowe Borough Council", "Brierfield Town Council", "the county council",
 * "Pendle council", "the Senedd") in reading order, resolving each against the register: back-references to the last
 * named body of their tier, town and parish councils near the article's district.
 */
final class BodyFinder {

    private static final String WORD = "(?!Council\\b)[A-Z][\\w'’.&-]*";
    private static final String LINK = "(?:and|&|upon|on|under|in|le|by|with|of|the|-on-|-under-|-upon-)";
    /** A word of a name after "Council of", never taking a sentence's full stop. */
    private static final String OF_WORD = "[A-Z][\\w'’&-]*";
    private static final Pattern NAMED = Pattern.compile("\\b(" + WORD + "(?:[ -](?:" + WORD + "|" + LINK + ")){0,7})"
            + " Council\\b(?! of [A-Z])|\\b(?:City|(?:(?:Borough|District|County|City) )?Council) of (?:the )?"
            + OF_WORD + "(?: (?:" + LINK + " ){0,2}" + OF_WORD + "){0,4}(?: Council)?"
            + "|\\b(?:Royal|London) Borough of " + WORD + "(?: (?:" + WORD + "|and|upon|on)){0,3}");
    private static final Pattern PLACE_COUNCIL = Pattern.compile("\\b(" + WORD + "(?: " + WORD + "){0,2})"
            + "(?: (borough|district|city|county|metropolitan borough|county borough))? council\\b");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\bthe (?:(borough|county|city|district|town"
            + "|parish|unitary|metropolitan borough|local|community) )?council\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARLIAMENT = Pattern.compile("\\b(?:House of Commons|Westminster|(MPs?)"
            + "|Scottish Parliament|Holyrood|(MSPs?)|Senedd(?: Cymru)?|Welsh Parliament|(MSs?)"
            + "|Northern Ireland Assembly|Stormont|(MLAs?))\\b");
    private static final Pattern PLACE_COUNCILLOR = Pattern.compile("\\b(" + WORD + "(?:(?: |, | and )" + WORD + "){0,3})"
            + " (?:(town|parish|community) )?councillors?\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile(" (?:in|for|from|of) (" + WORD + "(?: " + WORD
            + ")?)\\b(?! (?:Council|Borough|District|County)\\b)");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:(?:(?:Town|Parish|County|Borough|District|City"
            + "|Community) )?Councillors? (?:on|for|of|at) |(?:The|A|An|In|On|At|For|From|To|Of|By|And"
            + "|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Another|Both|Former|Veteran|Senior|Fellow|Some|Several"
            + "|Labour|Conservative|Tory|Reform|Green|Liberal Democrat|Lib Dem|SNP|Plaid|Independent)"
            + "(?:-(?:run|led|controlled|held|dominated))? )+");

    private static final Pattern TIER_ONLY = Pattern.compile("(?:(?:Metropolitan |County )?(?:Borough|District"
            + "|County|City|Town|Parish|Community|Village|Unitary) )+Council");

    private final Directory directory;

    BodyFinder(Directory directory) {
        this.directory = directory;
    }

    List<BodyMention> find(String text) {
        List<BodyMention> found = new ArrayList<>();
        named(text, found);
        String district = mainDistrict(found).map(Body::id).orElse(null);
        parishes(text, found, district);
        coordinated(text, found, district);
        placeCouncils(text, found);
        placeCouncillors(text, found, district);
        parliaments(text, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return backReferences(text, found);
    }

    /** The first principal council named explicitly, else the first named at all. */
    static Optional<Body> mainDistrict(List<BodyMention> mentions) {
        return mentions.stream().map(m -> m.ref().body())
                .filter(b -> b != null && principal(b.kind()) && b.kind() != BodyKind.COUNTY).findFirst()
                .or(() -> mentions.stream().map(m -> m.ref().body()).filter(b -> b != null && principal(b.kind()))
                        .findFirst());
    }

    /** Whether a place names London the city, which is never the City of London Corporation unless "City" is said. */
    static boolean capitalNotCity(String place, Body body) {
        return body.kind() == BodyKind.CITY_CORPORATION && !place.contains("City");
    }

    static boolean principal(BodyKind kind) {
        return kind != BodyKind.TOWN_OR_PARISH && kind != BodyKind.PARLIAMENT && kind != BodyKind.COMBINED_AUTHORITY
                && kind != BodyKind.GREATER_LONDON_AUTHORITY;
    }

    private void named(String text, List<BodyMention> found) {
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String name = LEADING_NOISE.matcher(m.group().replaceFirst("^(?:[a-z-]+ )+", "")).replaceFirst("");
            if (isParishName(name)) {
                continue;
            }
            resolvableSuffix(name).ifPresent(suffix -> {
                Body body = directory.body(suffix).orElseThrow();
                found.add(new BodyMention(m.end() - suffix.length(), m.end(),
                        new BodyRef(body.kind() == BodyKind.TOWN_OR_PARISH ? suffix : body.name(), body), true));
            });
        }
    }

    private Optional<Body> resolveLongest(String name) {
        return resolvableSuffix(name).flatMap(directory::body);
    }

    /** The longest tail of the name the register knows ("Heather Asker on Uttlesford District Council"). */
    private Optional<String> resolvableSuffix(String name) {
        String candidate = name;
        while (true) {
            if (directory.body(candidate).isPresent()) {
                return Optional.of(candidate);
            }
            int space = candidate.indexOf(' ');
            if (space < 0 || candidate.substring(space + 1).equals("Council")
                    || TIER_ONLY.matcher(candidate.substring(space + 1)).matches()) {
                return Optional.empty(); // never "Borough Council" alone, which names no one council
            }
            candidate = candidate.substring(space + 1);
        }
    }

    private void parishes(String text, List<BodyMention> found, String district) {
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String name = LEADING_NOISE.matcher(m.group().replaceFirst("^(?:[a-z-]+ )+", "")).replaceFirst("");
            if (isParishName(name)) {
                Optional<Body> body = district == null ? directory.body(name) : directory.bodyNear(name, district);
                found.add(new BodyMention(m.end() - name.length(), m.end(), new BodyRef(name, body.orElse(null)),
                        true));
            }
        }
    }

    /** "on both Exmouth Town and East Devon District Council": the first council shares the second's "Council". */
    private void coordinated(String text, List<BodyMention> found, String district) {
        Matcher m = COORDINATED.matcher(text);
        while (m.find()) {
            String name = m.group(1) + " " + m.group(2) + " Council";
            if (found.stream().anyMatch(f -> f.start() < m.end(2) && m.start(1) < f.end())) {
                continue;
            }
            Optional<Body> body = isParishName(name) ? (district == null ? directory.body(name)
                    : directory.bodyNear(name, district)) : directory.body(name).filter(b -> principal(b.kind()));
            if (body.isPresent() || isParishName(name)) {
                found.add(new BodyMention(m.start(1), m.end(2), new BodyRef(body.filter(b -> !isParishName(name))
                        .map(Body::name).orElse(name), body.orElse(null)), true));
            }
        }
    }

    private static final Pattern COORDINATED = Pattern.compile("\\b(" + WORD + "(?: " + WORD + "){0,3}) (Town|Parish"
            + "|District|Borough|County|City|Community) and (?:the )?" + WORD + "(?: " + WORD + "){0,3} (?:Town|Parish"
            + "|District|Borough|County|City|Community) Councils?\\b");

    private void placeCouncils(String text, List<BodyMention> found) {
        Matcher m = PLACE_COUNCIL.matcher(text);
        while (m.find()) {
            String place = LEADING_NOISE.matcher(m.group(1)).replaceFirst("");
            if (!place.isEmpty() && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                String tier = m.group(2) == null ? null : Character.toUpperCase(m.group(2).charAt(0))
                        + m.group(2).substring(1);
                Optional<Body> body = tier == null ? Optional.empty() : directory.body(place + " " + tier + " Council")
                        .filter(b -> principal(b.kind()));
                body.or(() -> directory.body(place).filter(b -> principal(b.kind()) && !capitalNotCity(place, b)))
                        .ifPresent(b -> found.add(new BodyMention(m.start(1) + m.group(1).length() - place.length(),
                                m.end(), new BodyRef(b.name(), b), true)));
            }
        }
    }

    private void placeCouncillors(String text, List<BodyMention> found, String district) {
        Matcher m = PLACE_COUNCILLOR.matcher(text);
        while (m.find()) {
            String before = LEADING_NOISE.matcher(m.group(1) + " ").replaceFirst("").strip();
            String place = before.isEmpty() && m.group(2) != null ? placeAfter(text, m.end()) : before;
            if (place.isEmpty() || found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                continue;
            }
            int start = Math.max(m.start(), m.end(1) - place.length());
            if (m.group(2) != null) {
                String name = place + " " + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1)
                        + " Council";
                Optional<Body> body = district == null ? directory.body(name) : directory.bodyNear(name, district);
                found.add(new BodyMention(start, m.end(), new BodyRef(name, body.orElse(null)), true));
            } else {
                resolveLongest(place).filter(b -> principal(b.kind()) && !capitalNotCity(place, b))
                        .ifPresent(body -> found.add(
                        new BodyMention(start, m.end(), new BodyRef(body.name(), body), true)));
            }
        }
    }

    /** The place "town councillors in Rothwell" names after the noun, when only a party or number came before it. */
    private static String placeAfter(String text, int end) {
        Matcher after = PLACE_AFTER.matcher(text).region(end, text.length());
        return after.lookingAt() ? after.group(1) : "";
    }

    private void parliaments(String text, List<BodyMention> found) {
        Matcher m = PARLIAMENT.matcher(text);
        while (m.find()) {
            String official = parliamentName(m.group());
            boolean title = m.group(1) != null || m.group(2) != null || m.group(3) != null || m.group(4) != null;
            directory.body(official).ifPresent(body -> found.add(
                    new BodyMention(m.start(), m.end(), new BodyRef(body.name(), body), !title)));
        }
    }

    static String parliamentName(String written) {
        if (written.matches("MSPs?|Scottish Parliament|Holyrood")) {
            return "Scottish Parliament";
        }
        if (written.matches("MSs?|Senedd.*|Welsh Parliament")) {
            return "Senedd Cymru";
        }
        if (written.matches("MLAs?|Northern Ireland Assembly|Stormont")) {
            return "Northern Ireland Assembly";
        }
        return "House of Commons";
    }

    private List<BodyMention> backReferences(String text, List<BodyMention> found) {
        List<BodyMention> all = new ArrayList<>(found);
        Matcher m = BACK_REFERENCE.matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.end() - 7))) {
                continue;
            }
            String tier = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
            int at = m.start();
            referent(found, at, tier).ifPresent(ref -> all.add(new BodyMention(m.start(), m.end(), ref, true)));
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(all);
    }

    private Optional<BodyRef> referent(List<BodyMention> found, int at, String tier) {
        BodyRef last = null;
        for (BodyMention mention : found) {
            if (mention.start() < at && mention.explicit() && fitsTier(mention.ref(), tier)) {
                last = mention.ref();
            }
        }
        if (last == null && tier.equals("county")) {
            return mainDistrict(found).map(Body::parentId).flatMap(this::byId).or(() -> ahead(found, at, tier));
        }
        return last == null ? ahead(found, at, tier) : Optional.of(last);
    }

    /**
     * A tier named before its council ("sits on the borough council ... the Borough Council of X"): the first body
     * named later whose official name carries the tier word.
     */
    private static Optional<BodyRef> ahead(List<BodyMention> found, int at, String tier) {
        if (!List.of("borough", "county", "city", "district").contains(tier)) {
            return Optional.empty();
        }
        String word = Character.toUpperCase(tier.charAt(0)) + tier.substring(1);
        return found.stream().filter(m -> m.start() > at && m.explicit() && m.ref().body() != null
                && m.ref().body().name().contains(word)).map(BodyMention::ref).findFirst();
    }

    private Optional<BodyRef> byId(String id) {
        return directory.body(id).map(b -> new BodyRef(b.name(), b));
    }

    private static boolean fitsTier(BodyRef ref, String tier) {
        if (ref.parliament()) {
            return false;
        }
        return switch (tier) {
            case "county" -> ref.body() != null && ref.body().kind() == BodyKind.COUNTY;
            case "town", "parish", "community" -> ref.parish();
            case "" , "local" -> true;
            default -> !ref.parish() && (ref.body() == null || ref.body().kind() != BodyKind.COUNTY);
        };
    }

    private static boolean isParishName(String name) {
        return name.matches(".*\\b(?:Town|Parish|Community|Village) Council$");
    }
}
