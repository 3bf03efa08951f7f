package org.floorcross.register;

/** What sort of elected body a {@link Body} is. */
public enum BodyKind {
    COUNTY,
    DISTRICT,
    UNITARY,
    METROPOLITAN_DISTRICT,
    LONDON_BOROUGH,
    SCOTTISH_COUNCIL,
    WELSH_COUNCIL,
    NORTHERN_IRISH_COUNCIL,
    CITY_CORPORATION,
    COMBINED_AUTHORITY,
    GREATER_LONDON_AUTHORITY,
    TOWN_OR_PARISH,
    PARLIAMENT
}
