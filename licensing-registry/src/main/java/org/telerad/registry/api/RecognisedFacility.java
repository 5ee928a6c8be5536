package org.telerad.registry.api;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The registry facility a study was recognised as coming from, with what routing needs of it (jurisdiction
 * where the patient was scanned, residency region, time zone) and the identifier that matched, for the
 * routing explanation.
 *
 * @param matchedBy which kind of identifier matched
 * @param matchedValue the study's value that matched (an AE title, an institution name, an HL7 facility)
 */
public record RecognisedFacility(String code, Jurisdiction jurisdiction, String residencyRegion, ZoneId timeZone,
        MatchedBy matchedBy, String matchedValue) {

    /** The kinds of identifier, in the order the directory tries them. */
    public enum MatchedBy {
        /** The calling AE title of the sending modality or gateway (a facility's AE titles). */
        CALLING_AE_TITLE,
        /** The Institution Name (0008,0080), compared ignoring case and runs of white space. */
        INSTITUTION_NAME,
        /** The HL7 sending facility (MSH-4; its first component also counts), ignoring case. */
        HL7_SENDING_FACILITY,
        /** The archive AE title the study was received on or is retrievable from (a facility's AE titles). */
        ARCHIVE_AE_TITLE
    }

    public RecognisedFacility {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(residencyRegion, "residencyRegion");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(matchedValue, "matchedValue");
    }

    /** One line for explanations, e.g. {@code tx-dallas (institution name 'DRIC')}. */
    public String explanation() {
        return code + " (" + matchedBy.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " '"
                + matchedValue + "')";
    }
}
