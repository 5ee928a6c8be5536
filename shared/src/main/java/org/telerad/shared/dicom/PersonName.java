package org.telerad.shared.dicom;

import java.util.Optional;

/**
 * One value of a PN attribute: up to three component groups (PS3.5 6.2.1), each a {@code ^}-separated
 * {@code Family^Given^Middle^Prefix^Suffix}. A group is null when absent. At least one group is present;
 * an empty name is a null value in the attribute, not a PersonName.
 */
public record PersonName(String alphabetic, String ideographic, String phonetic) {

    public PersonName {
        alphabetic = blankToNull(alphabetic);
        ideographic = blankToNull(ideographic);
        phonetic = blankToNull(phonetic);
        if (alphabetic == null && ideographic == null && phonetic == null) {
            throw new IllegalArgumentException("a person name has at least one component group");
        }
    }

    /** A name with only the alphabetic group, e.g. {@code Doe^Jane}. */
    public static PersonName alphabetic(String alphabetic) {
        return new PersonName(alphabetic, null, null);
    }

    /** Parses the DICOM string form {@code alphabetic=ideographic=phonetic}; empty for a blank string. */
    public static Optional<PersonName> parse(String dicom) {
        if (dicom == null || dicom.isBlank()) {
            return Optional.empty();
        }
        String[] groups = dicom.split("=", -1);
        return Optional.of(new PersonName(groups[0], groups.length > 1 ? groups[1] : null,
                groups.length > 2 ? groups[2] : null));
    }

    /** Family name from the alphabetic group (or the first group present). */
    public String familyName() {
        return component(0);
    }

    public String givenName() {
        return component(1);
    }

    public String middleName() {
        return component(2);
    }

    public String namePrefix() {
        return component(3);
    }

    public String nameSuffix() {
        return component(4);
    }

    private String component(int index) {
        String group = alphabetic != null ? alphabetic : ideographic != null ? ideographic : phonetic;
        String[] components = group.split("\\^", -1);
        return index < components.length ? components[index].strip() : "";
    }

    /** The DICOM string form, {@code Doe^Jane} or {@code Yamada^Tarou=山田^太郎=やまだ^たろう}. */
    public String toDicomString() {
        StringBuilder text = new StringBuilder(alphabetic == null ? "" : alphabetic);
        if (ideographic != null || phonetic != null) {
            text.append('=').append(ideographic == null ? "" : ideographic);
        }
        if (phonetic != null) {
            text.append('=').append(phonetic);
        }
        return text.toString();
    }

    /** Never the name itself: names are personal data and must not reach logs. */
    @Override
    public String toString() {
        return "PersonName[" + (alphabetic != null ? "A" : "") + (ideographic != null ? "I" : "")
                + (phonetic != null ? "P" : "") + "]";
    }

    private static String blankToNull(String group) {
        return group == null || group.isBlank() ? null : group;
    }
}
