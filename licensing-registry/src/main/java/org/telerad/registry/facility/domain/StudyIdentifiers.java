package org.telerad.registry.facility.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.telerad.shared.problem.TeleradException;

/**
 * How a facility's studies are recognised on arrival: the calling AE titles of its modalities and
 * gateways, the Institution Name (0008,0080) values its studies carry, and its HL7 sending facility (MSH-4).
 * Values are kept sorted; AE titles are DICOM AE strings (1-16 characters, no backslash or control
 * characters, not only spaces).
 */
public record StudyIdentifiers(Set<String> aeTitles, Set<String> institutionNames, Set<String> hl7Facilities) {

    public StudyIdentifiers {
        aeTitles = clean("aeTitles", aeTitles, 16, true);
        institutionNames = clean("institutionNames", institutionNames, 64, false);
        hl7Facilities = clean("hl7Facilities", hl7Facilities, 227, false);
    }

    public static StudyIdentifiers none() {
        return new StudyIdentifiers(Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return aeTitles.isEmpty() && institutionNames.isEmpty() && hl7Facilities.isEmpty();
    }

    private static Set<String> clean(String field, Set<String> values, int max, boolean aeTitle) {
        if (values == null) {
            return Set.of();
        }
        TreeSet<String> cleaned = new TreeSet<>();
        List<String> in = new ArrayList<>(values);
        for (String v : in) {
            if (v == null || v.isBlank()) {
                throw TeleradException.invalid("TELERAD-REGISTRY-017", field, field + " contains an empty value");
            }
            String s = v.strip();
            if (s.length() > max) {
                throw TeleradException.invalid("TELERAD-REGISTRY-017", field,
                        "'" + s + "' is longer than " + max + " characters");
            }
            if (aeTitle && (s.indexOf('\\') >= 0 || s.chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
                throw TeleradException.invalid("TELERAD-REGISTRY-017", field,
                        "'" + s + "' is not a DICOM AE title (printable ASCII without backslash)");
            }
            cleaned.add(s);
        }
        return java.util.Collections.unmodifiableSortedSet(cleaned);
    }
}
