package org.floorcross.register;

/**
 * A registered party.
 *
 * @param id Electoral Commission id (PP53) where known, else a stable slug
 * @param name the canonical short name used in output (Labour, Conservative, Liberal Democrats, Green, Reform UK)
 * @param registeredName the name on the Electoral Commission register, if known
 */
public record Party(String id, String name, String registeredName) {

    /** The bloc name for plain independents. Independents are never added up into one bloc. */
    public static final String INDEPENDENT = "Independent";
}
