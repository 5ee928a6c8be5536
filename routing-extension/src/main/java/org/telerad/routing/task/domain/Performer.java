package org.telerad.routing.task.domain;

import java.util.Objects;

/**
 * The radiologist a task is scheduled for (a Scheduled Human Performers Sequence item, 0040,4034): Human
 * Performer Code (0040,4009) {@code code} in {@code codingScheme} (NPI when known, else the Telerad username),
 * Human Performer's Name (0040,4037; a DICOM PN value {@code Family^Given} when the registry knows the radiologist's
 * family and given names, see {@link #displayName()}), Organization (0040,4036), and the Keycloak {@code username}
 * that lets the radiologist act on the task.
 */
public record Performer(String code, String codingScheme, String name, String organization, String username) {

    /** The coding scheme Telerad uses for a performer identified by their Telerad (Keycloak) username. */
    public static final String TELERAD_USERNAME_SCHEME = "99TELERAD";
    /** The coding scheme for a US National Provider Identifier (HL7 v2 table 0203 NPI). */
    public static final String NPI_SCHEME = "NPI";
    /** The coding scheme for a performer identified by their Telerad registry id (a UUID). */
    public static final String TELERAD_RADIOLOGIST_SCHEME = "99TELERAD-RAD";

    public Performer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codingScheme, "codingScheme");
    }

    /** A performer known by NPI when there is one, else by username. */
    public static Performer of(String npi, String username, String name, String organization) {
        if (npi != null && !npi.isBlank()) {
            return new Performer(npi.strip(), NPI_SCHEME, name, organization, username);
        }
        Objects.requireNonNull(username, "a performer needs an NPI or a username");
        return new Performer(username, TELERAD_USERNAME_SCHEME, name, organization, username);
    }

    /**
     * The radiologist a routing decision assigned: never fails for want of an NPI or a username, so the task
     * always names the radiologist the decision names (code: NPI, else username, else registry id).
     */
    public static Performer ofRadiologist(java.util.UUID radiologistId, String npi, String username, String name,
            String organization) {
        Objects.requireNonNull(radiologistId, "radiologistId");
        String login = username == null || username.isBlank() ? null : username.strip();
        if (npi != null && !npi.isBlank()) {
            return new Performer(npi.strip(), NPI_SCHEME, name, organization, login);
        }
        if (login != null) {
            return new Performer(login, TELERAD_USERNAME_SCHEME, name, organization, login);
        }
        return new Performer(radiologistId.toString(), TELERAD_RADIOLOGIST_SCHEME, name, organization, null);
    }

    /**
     * The same performer with Human Performer's Name {@code dicomName}, a DICOM PN value ({@code Family^Given}), e.g.
     * from the registry's family and given names; a blank name keeps the current one.
     */
    public Performer named(String dicomName) {
        if (dicomName == null || dicomName.isBlank()) {
            return this;
        }
        return new Performer(code, codingScheme, dicomName.strip(), organization, username);
    }

    /**
     * The name for people to read: a PN value {@code Family^Given^Middle^Prefix^Suffix} as "Prefix Given Middle
     * Family Suffix", any other text as it is; null without a name.
     */
    public String displayName() {
        if (name == null || !name.contains("^")) {
            return name;
        }
        String[] c = (name.split("=", 2)[0] + "^^^^").split("\\^", -1);
        StringBuilder out = new StringBuilder();
        for (String part : new String[] { c[3], c[1], c[2], c[0], c[4] }) {
            if (!part.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return out.toString();
    }

    /** True when this performer is the Telerad user {@code username}. */
    public boolean isUser(String username) {
        return username != null && (username.equals(this.username)
                || (TELERAD_USERNAME_SCHEME.equals(codingScheme) && username.equals(code)));
    }
}
