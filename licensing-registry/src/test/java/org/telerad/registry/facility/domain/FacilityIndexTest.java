package org.telerad.registry.facility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.registry.api.RecognisedFacility.MatchedBy;
import org.telerad.registry.api.StudyOrigin;

class FacilityIndexTest {

    static DirectoryEntry facility(String code, String jurisdiction, boolean active, Set<String> aes,
            Set<String> institutions, Set<String> hl7) {
        Jurisdiction j = Jurisdiction.of(jurisdiction);
        return new DirectoryEntry(FacilityCode.of(code), j, ResidencyRegion.of(j), ZoneId.of("America/Chicago"), active,
                new StudyIdentifiers(aes, institutions, hl7));
    }

    static final DirectoryEntry DALLAS = facility("tx-dallas", "US-TX", true, Set.of("DRIC_CT1", "DRIC_GW"),
            Set.of("Dallas Regional Imaging Center", "DRIC"), Set.of("DRIC_RIS"));
    static final DirectoryEntry HOUSTON = facility("tx-houston", "US-TX", true, Set.of("HMH_CT1"),
            Set.of("Houston Medical Hospital"), Set.of("HMH"));
    static final DirectoryEntry MUNICH = facility("de-munich", "DE-BY", true, Set.of("MUC_MR1"),
            Set.of("Klinikum München"), Set.of());
    static final DirectoryEntry CLOSED = facility("tx-closed", "US-TX", false, Set.of("OLD_CT"),
            Set.of("Closed Clinic"), Set.of("OLD"));

    static final FacilityIndex INDEX = FacilityIndex.of(7, List.of(DALLAS, HOUSTON, MUNICH, CLOSED));

    static StudyOrigin institution(String... names) {
        return StudyOrigin.fromArchive(List.of(), List.of(names));
    }

    @Test
    void an_institution_name_recognises_its_facility_ignoring_case_and_white_space() {
        RecognisedFacility f = INDEX.recognise(institution("  dallas   REGIONAL imaging\tcenter ")).facility();
        assertEquals("tx-dallas", f.code());
        assertEquals(Jurisdiction.of("US-TX"), f.jurisdiction());
        assertEquals("US", f.residencyRegion());
        assertEquals(ZoneId.of("America/Chicago"), f.timeZone());
        assertEquals(MatchedBy.INSTITUTION_NAME, f.matchedBy());
        assertEquals("dallas   REGIONAL imaging\tcenter", f.matchedValue());
    }

    @Test
    void the_calling_ae_title_takes_precedence_over_the_institution_name() {
        StudyOrigin origin = institution("Houston Medical Hospital").withCallingAeTitle("DRIC_CT1");
        RecognisedFacility f = INDEX.recognise(origin).facility();
        assertEquals("tx-dallas", f.code());
        assertEquals(MatchedBy.CALLING_AE_TITLE, f.matchedBy());
    }

    @Test
    void the_hl7_sending_facility_matches_as_a_whole_or_by_its_first_component() {
        assertEquals("tx-houston", INDEX.recognise(StudyOrigin.unknown().withHl7SendingFacility("hmh")).facility().code());
        RecognisedFacility f = INDEX.recognise(StudyOrigin.unknown().withHl7SendingFacility("DRIC_RIS^1.2.3^ISO"))
                .facility();
        assertEquals("tx-dallas", f.code());
        assertEquals(MatchedBy.HL7_SENDING_FACILITY, f.matchedBy());
    }

    @Test
    void the_archive_ae_title_counts_last() {
        StudyOrigin origin = new StudyOrigin(List.of("MUC_MR1"), null, List.of("Unknown Place"), null);
        RecognisedFacility f = INDEX.recognise(origin).facility();
        assertEquals("de-munich", f.code());
        assertEquals("EU", f.residencyRegion());
        assertEquals(MatchedBy.ARCHIVE_AE_TITLE, f.matchedBy());
        assertEquals(MatchedBy.INSTITUTION_NAME,
                INDEX.recognise(new StudyOrigin(List.of("MUC_MR1"), null, List.of("DRIC"), null)).facility().matchedBy());
    }

    @Test
    void an_inactive_facility_is_never_recognised() {
        FacilityRecognition r = INDEX.recognise(institution("Closed Clinic").withCallingAeTitle("OLD_CT"));
        assertFalse(r.isRecognised());
        assertTrue(r.reason().startsWith("no active facility declares calling AE title 'OLD_CT'"), r.reason());
    }

    @Test
    void an_identifier_claimed_by_two_active_facilities_is_ambiguous_and_not_guessed() {
        DirectoryEntry rival = facility("tx-plano", "US-TX", true, Set.of("PLANO_CT"), Set.of("DRIC"), Set.of());
        FacilityIndex index = FacilityIndex.of(8, List.of(DALLAS, HOUSTON, rival));
        FacilityRecognition r = index.recognise(institution("dric"));
        assertFalse(r.isRecognised());
        assertEquals("ambiguous institution name 'dric': claimed by tx-dallas, tx-plano", r.reason());
        assertTrue(index.recognise(institution("dric")).recognisedFacility().isEmpty());
    }

    @Test
    void series_naming_two_different_facilities_are_ambiguous() {
        FacilityRecognition r = INDEX.recognise(institution("DRIC", "Houston Medical Hospital"));
        assertFalse(r.isRecognised());
        assertTrue(r.reason().startsWith("ambiguous institution name"), r.reason());
    }

    @Test
    void a_study_without_identifiers_is_not_recognised_with_a_reason() {
        assertEquals("the study carries no identifier of its facility",
                INDEX.recognise(StudyOrigin.unknown()).reason());
        assertEquals(3, INDEX.size());
        assertEquals(7, INDEX.revision());
    }

    @Test
    void the_residency_region_of_a_facility_is_found_by_its_code_even_when_it_is_closed() {
        assertEquals(Optional.of("EU"), INDEX.residencyRegionOf("de-munich"));
        assertEquals(Optional.of("US"), INDEX.residencyRegionOf("tx-dallas"));
        assertEquals(Optional.of("US"), INDEX.residencyRegionOf("tx-closed"));
        assertEquals(Optional.empty(), INDEX.residencyRegionOf("nowhere"));
    }
}
