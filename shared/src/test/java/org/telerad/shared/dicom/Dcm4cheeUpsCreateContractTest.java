package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.shared.dicom.DicomFixtures.STUDY_UID;
import static org.telerad.shared.dicom.DicomFixtures.UPS_CREATE_JSON;
import static org.telerad.shared.dicom.DicomFixtures.UPS_CREATE_XML;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract test: the body dcm4chee-arc-light's {@code ups:} exporter POSTs to {@code {base}/workitems}
 * (fixture shaped after dcm4chee-arc-light 5.35 Dcm2UpsExporter, per DCM4CHEE.md).
 */
class Dcm4cheeUpsCreateContractTest {

    private final DicomAttributes ups = DicomJson.standard().read(DicomFixtures.bytes(UPS_CREATE_JSON));

    @Test
    void reads_the_patient_the_archive_sends_with_its_invented_issuer_and_an_empty_character_set() {
        assertThat(ups.isEmptyValue(Tag.SpecificCharacterSet)).isTrue();
        assertThat(ups.string(Tag.SpecificCharacterSet)).isEmpty();
        assertThat(ups.personName(Tag.PatientName)).hasValueSatisfying(name -> {
            assertThat(name.familyName()).isEqualTo("Rivera");
            assertThat(name.givenName()).isEqualTo("Maria");
            assertThat(name.middleName()).isEqualTo("Elena");
        });
        assertThat(ups.string(Tag.PatientID)).hasValue("TX-DAL-000482913");
        assertThat(ups.string(Tag.IssuerOfPatientID)).get().asString().startsWith("DCM4CHEE.");
        assertThat(ups.date(Tag.PatientBirthDate)).hasValue(LocalDate.of(1958, 2, 14));
        assertThat(ups.string(Tag.PatientSex)).hasValue("F");
        assertThat(ups.isEmptyValue(Tag.OtherPatientIDsSequence)).isTrue();
    }

    @Test
    void reads_the_referenced_request_with_study_uid_and_accession() {
        DicomAttributes request = ups.item(Tag.ReferencedRequestSequence).orElseThrow();
        assertThat(request.string(Tag.StudyInstanceUID)).hasValue(STUDY_UID);
        assertThat(request.string(Tag.AccessionNumber)).hasValue("ACC-20261127-0042");
        assertThat(request.isEmptyValue(Tag.IssuerOfAccessionNumberSequence)).isTrue();
        assertThat(request.personName(Tag.ReferringPhysicianName).map(PersonName::familyName)).hasValue("Okafor");
    }

    @Test
    void reads_the_label_priority_readiness_and_state_the_exporter_defaults_to() {
        assertThat(ups.string(Tag.ProcedureStepLabel)).hasValue("DEFAULT");
        assertThat(ups.string(Tag.ScheduledProcedureStepPriority)).hasValue("MEDIUM");
        assertThat(ups.string(Tag.InputReadinessState)).hasValue("READY");
        assertThat(ups.string(Tag.ProcedureStepState)).hasValue("SCHEDULED");
        assertThat(ups.has(Tag.SOPInstanceUID)).isFalse();
    }

    @Test
    void keeps_the_empty_type_2_attributes_as_present_without_value() {
        for (Tag tag : List.of(Tag.WorklistLabel, Tag.ScheduledHumanPerformersSequence,
                Tag.ScheduledWorkitemCodeSequence, Tag.ScheduledStationGeographicLocationCodeSequence,
                Tag.RequestedProcedureID, Tag.RequestedProcedureDescription, Tag.AdmissionID,
                Tag.ProcedureStepProgressInformationSequence, Tag.UnifiedProcedureStepPerformedProcedureSequence)) {
            assertThat(ups.has(tag)).as(tag.keyword().orElseThrow()).isTrue();
            assertThat(ups.isEmptyValue(tag)).as(tag.keyword().orElseThrow()).isTrue();
        }
        assertThat(ups.sequence(Tag.ScheduledHumanPerformersSequence)).isEmpty();
        assertThat(ups.string(Tag.WorklistLabel)).isEmpty();
    }

    @Test
    void resolves_the_start_time_without_offset_in_the_zone_configured_for_the_archive() {
        assertThat(ups.dateTime(Tag.ScheduledProcedureStepStartDateTime).orElseThrow().local())
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 21, 31, 7, 578_000_000));
        assertThat(ups.dateTime(Tag.ScheduledProcedureStepStartDateTime, ZoneId.of("America/Chicago")))
                .hasValue(OffsetDateTime.of(2026, 11, 27, 21, 31, 7, 578_000_000, ZoneOffset.ofHours(-6)));
    }

    @Test
    void lists_one_input_information_item_per_series_in_the_order_sent_with_an_empty_retrieve_ae() {
        List<DicomAttributes> inputs = ups.sequence(Tag.InputInformationSequence);
        assertThat(inputs).hasSize(2);
        assertThat(inputs).extracting(i -> i.string(Tag.SeriesInstanceUID).orElseThrow())
                .containsExactly("2.25.90312668004912764386122095317208412214",
                        "2.25.301557848921744382750319917266140287165");
        for (DicomAttributes input : inputs) {
            assertThat(input.string(Tag.TypeOfInstances)).hasValue("DICOM");
            assertThat(input.string(Tag.StudyInstanceUID)).hasValue(STUDY_UID);
            DicomAttributes retrieval = input.item(Tag.DICOMRetrievalSequence).orElseThrow();
            assertThat(retrieval.isEmptyValue(Tag.RetrieveAETitle)).isTrue();
            assertThat(retrieval.string(Tag.RetrieveAETitle)).isEmpty();
        }
        assertThat(inputs.get(1).sequence(Tag.ReferencedSOPSequence)).hasSize(3).allSatisfy(sop ->
                assertThat(sop.string(Tag.ReferencedSOPClassUID)).hasValue("1.2.840.10008.5.1.4.1.1.2"));
    }

    @Test
    void writes_the_payload_back_byte_for_byte_as_the_archive_sent_it() {
        assertThat(DicomJson.standard().write(ups)).isEqualTo(DicomFixtures.text(UPS_CREATE_JSON));
    }

    @Test
    void reads_the_same_data_set_from_the_exporters_xml_variant() {
        DicomAttributes fromXml = DicomXml.standard().read(DicomFixtures.bytes(UPS_CREATE_XML));
        assertThat(fromXml).isEqualTo(ups);
    }
}
