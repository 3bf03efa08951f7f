package org.floorcross.register;

import java.time.LocalDate;
import java.util.List;

/**
 * An elected body: a council of any tier or a parliament.
 *
 * @param id GSS code where one exists (E07000122), else a stable slug (house-of-commons)
 * @param name the official name (Pendle Borough Council)
 * @param kind what sort of body it is
 * @param nation England, Scotland, Wales, Northern Ireland or United Kingdom
 * @param parentId the county of a two-tier district, or the district of a town or parish council; null if none
 * @param start first day of existence; null if unknown
 * @param end last day of existence; null while current
 * @param altNames other names it goes by (Pendle, Pendle Council)
 */
public record Body(String id, String name, BodyKind kind, String nation, String parentId,
                   LocalDate start, LocalDate end, List<String> altNames) {

    public Body {
        altNames = List.copyOf(altNames);
    }

    /** Whether the body existed on the given day. */
    public boolean existsOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
