package org.telerad.registry.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a study came from, as far as the intake knows: the archive AE titles it was received on or is
 * retrievable from, the calling AE title of the modality or gateway that sent it, the Institution Name
 * (0008,0080) values of its series, and the HL7 sending facility (MSH-4) of its order. Any part may be empty;
 * blank values are dropped.
 */
public record StudyOrigin(List<String> archiveAeTitles, String callingAeTitle, List<String> institutionNames,
        String hl7SendingFacility) {

    public StudyOrigin {
        archiveAeTitles = cleaned(archiveAeTitles);
        institutionNames = cleaned(institutionNames);
        callingAeTitle = blankToNull(callingAeTitle);
        hl7SendingFacility = blankToNull(hl7SendingFacility);
    }

    public static StudyOrigin unknown() {
        return new StudyOrigin(List.of(), null, List.of(), null);
    }

    /** What an archive's series-level query tells: its AE titles and the series' institution names. */
    public static StudyOrigin fromArchive(List<String> archiveAeTitles, List<String> institutionNames) {
        return new StudyOrigin(archiveAeTitles, null, institutionNames, null);
    }

    public StudyOrigin withCallingAeTitle(String ae) {
        return new StudyOrigin(archiveAeTitles, ae, institutionNames, hl7SendingFacility);
    }

    public StudyOrigin withHl7SendingFacility(String facility) {
        return new StudyOrigin(archiveAeTitles, callingAeTitle, institutionNames, facility);
    }

    public boolean isEmpty() {
        return archiveAeTitles.isEmpty() && callingAeTitle == null && institutionNames.isEmpty()
                && hl7SendingFacility == null;
    }

    private static List<String> cleaned(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String s = blankToNull(v);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
