package org.telerad.registry.facility.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.registry.api.RecognisedFacility.MatchedBy;
import org.telerad.registry.api.StudyOrigin;

/**
 * An immutable lookup from study identifiers to the active facilities that declare them, answering which
 * facility a study comes from. Precedence: calling AE title, institution name, HL7 sending facility, archive AE
 * title; the first kind with a match decides, and a kind whose values point to two or more facilities makes the
 * study unrecognised (never a guess). AE titles and HL7 facilities are compared trimmed and ignoring case;
 * institution names also ignoring runs of white space. Inactive facilities are not indexed.
 */
public final class FacilityIndex {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final long revision;
    private final Map<String, List<DirectoryEntry>> byAeTitle;
    private final Map<String, List<DirectoryEntry>> byInstitution;
    private final Map<String, List<DirectoryEntry>> byHl7;
    private final Map<String, DirectoryEntry> byCode;
    private final int size;

    private FacilityIndex(long revision, Collection<DirectoryEntry> entries) {
        this.revision = revision;
        Map<String, List<DirectoryEntry>> ae = new HashMap<>();
        Map<String, List<DirectoryEntry>> inst = new HashMap<>();
        Map<String, List<DirectoryEntry>> hl7 = new HashMap<>();
        Map<String, DirectoryEntry> codes = new HashMap<>();
        int active = 0;
        for (DirectoryEntry e : entries) {
            codes.put(e.code().value(), e);
            if (!e.active()) {
                continue;
            }
            active++;
            e.identifiers().aeTitles().forEach(v -> put(ae, aeKey(v), e));
            e.identifiers().institutionNames().forEach(v -> put(inst, institutionKey(v), e));
            e.identifiers().hl7Facilities().forEach(v -> put(hl7, hl7Key(v), e));
        }
        this.byAeTitle = Map.copyOf(ae);
        this.byInstitution = Map.copyOf(inst);
        this.byHl7 = Map.copyOf(hl7);
        this.byCode = Map.copyOf(codes);
        this.size = active;
    }

    /** The residency region of a facility by its code, active or not (its studies keep their residency). */
    public Optional<String> residencyRegionOf(String facilityCode) {
        DirectoryEntry e = facilityCode == null ? null : byCode.get(facilityCode);
        return e == null ? Optional.empty() : Optional.of(e.residencyRegion().code());
    }

    public static FacilityIndex of(long revision, Collection<DirectoryEntry> entries) {
        return new FacilityIndex(revision, entries);
    }

    public long revision() {
        return revision;
    }

    /** How many active facilities are indexed. */
    public int size() {
        return size;
    }

    public FacilityRecognition recognise(StudyOrigin origin) {
        if (origin == null || origin.isEmpty()) {
            return FacilityRecognition.notRecognised("the study carries no identifier of its facility");
        }
        List<String> calling = origin.callingAeTitle() == null ? List.of() : List.of(origin.callingAeTitle());
        List<String> hl7 = origin.hl7SendingFacility() == null ? List.of() : hl7Candidates(origin.hl7SendingFacility());
        FacilityRecognition answer = match(MatchedBy.CALLING_AE_TITLE, calling, byAeTitle, FacilityIndex::aeKey);
        if (answer == null) {
            answer = match(MatchedBy.INSTITUTION_NAME, origin.institutionNames(), byInstitution,
                    FacilityIndex::institutionKey);
        }
        if (answer == null) {
            answer = match(MatchedBy.HL7_SENDING_FACILITY, hl7, byHl7, FacilityIndex::hl7Key);
        }
        if (answer == null) {
            answer = match(MatchedBy.ARCHIVE_AE_TITLE, origin.archiveAeTitles(), byAeTitle, FacilityIndex::aeKey);
        }
        if (answer != null) {
            return answer;
        }
        return FacilityRecognition.notRecognised("no active facility declares " + described(origin));
    }

    /** Null when no value of this kind matches; else the recognition or the ambiguity. */
    private static FacilityRecognition match(MatchedBy kind, List<String> values,
            Map<String, List<DirectoryEntry>> index, Function<String, String> key) {
        Map<String, DirectoryEntry> found = new HashMap<>();
        String firstValue = null;
        for (String value : values) {
            List<DirectoryEntry> claimants = index.get(key.apply(value));
            if (claimants == null) {
                continue;
            }
            if (claimants.size() > 1) {
                return ambiguous(kind, value, claimants);
            }
            DirectoryEntry e = claimants.get(0);
            found.putIfAbsent(e.code().value(), e);
            firstValue = firstValue == null ? value : firstValue;
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() > 1) {
            return ambiguous(kind, String.join("', '", values), found.values());
        }
        DirectoryEntry e = found.values().iterator().next();
        return FacilityRecognition.recognised(new RecognisedFacility(e.code().value(), e.jurisdiction(),
                e.residencyRegion().code(), e.timeZone(), kind, firstValue));
    }

    private static FacilityRecognition ambiguous(MatchedBy kind, String value, Collection<DirectoryEntry> claimants) {
        List<String> codes = new ArrayList<>();
        claimants.forEach(c -> codes.add(c.code().value()));
        codes.sort(null);
        return FacilityRecognition.notRecognised("ambiguous " + label(kind) + " '" + value + "': claimed by "
                + String.join(", ", codes));
    }

    private static String described(StudyOrigin o) {
        List<String> parts = new ArrayList<>();
        if (o.callingAeTitle() != null) {
            parts.add("calling AE title '" + o.callingAeTitle() + "'");
        }
        if (!o.institutionNames().isEmpty()) {
            parts.add("institution name '" + String.join("', '", o.institutionNames()) + "'");
        }
        if (o.hl7SendingFacility() != null) {
            parts.add("HL7 sending facility '" + o.hl7SendingFacility() + "'");
        }
        if (!o.archiveAeTitles().isEmpty()) {
            parts.add("archive AE title '" + String.join("', '", o.archiveAeTitles()) + "'");
        }
        return String.join(" or ", parts);
    }

    private static String label(MatchedBy kind) {
        return switch (kind) {
            case CALLING_AE_TITLE -> "calling AE title";
            case INSTITUTION_NAME -> "institution name";
            case HL7_SENDING_FACILITY -> "HL7 sending facility";
            case ARCHIVE_AE_TITLE -> "archive AE title";
        };
    }

    /** MSH-4 is an HD: {@code NAME^OID^ISO}; the whole value and its first component both count. */
    private static List<String> hl7Candidates(String value) {
        Set<String> out = new LinkedHashSet<>();
        out.add(value);
        int caret = value.indexOf('^');
        if (caret > 0) {
            out.add(value.substring(0, caret));
        }
        return List.copyOf(out);
    }

    static String aeKey(String v) {
        return v.strip().toUpperCase(Locale.ROOT);
    }

    static String institutionKey(String v) {
        return SPACES.matcher(v.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    static String hl7Key(String v) {
        return v.strip().toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, List<DirectoryEntry>> map, String key, DirectoryEntry e) {
        List<DirectoryEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }
}
