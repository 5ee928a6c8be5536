package org.telerad.routing.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.shared.problem.TeleradException;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.ImagingStudy;

/**
 * Contract tests: the bodies are shaped after dcm4chee-arc-light 5.35's {@code fhir:} exporter (R5 JSON by
 * default, R4 on request), and must become the same reading request the UPS-RS path builds for that study.
 */
class ImagingStudyTranslatorTest {

    static final String STUDY = "2.25.168915247463381905219117470624837019321";
    static final ZoneId UTC = ZoneId.of("UTC");

    static String fixture(String version) {
        try (InputStream in = ImagingStudyTranslatorTest.class.getResourceAsStream(
                "dcm4chee-fhir-imagingstudy-" + version + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadingRequest read(String body) {
        return ImagingStudyTranslator.toRequest(body, UTC, "ORTHANC", "local-orthanc");
    }

    @Test
    void the_dcm4chee_r5_export_becomes_a_reading_request_for_its_study() {
        ReadingRequest request = read(fixture("r5"));

        assertThat(request.studyInstanceUid()).isEqualTo(STUDY);
        assertThat(request.readType()).isEqualTo(ReadType.FINAL);
        assertThat(request.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(request.sourceArchive()).isEqualTo("local-orthanc");
        assertThat(request.request().accessionNumber()).isEqualTo("ACC-20261127-0042");
        assertThat(request.request().referringPhysicianName()).isEqualTo("Okafor^Daniel");
        assertThat(request.facts().modality()).isEqualTo("CT");
        assertThat(request.facts().bodyPart()).isEqualTo("CHEST");
        assertThat(request.facts().studyDescription()).isEqualTo("CT CHEST W/O CONTRAST");
        assertThat(request.scheduledStart()).isEqualTo(Instant.parse("2026-11-27T21:31:07.578Z"));
    }

    @Test
    void the_malformed_patient_identifier_of_the_r5_export_is_tolerated_and_its_value_kept() {
        ReadingRequest request = read(fixture("r5"));

        assertThat(request.patient().id()).isEqualTo("TX-DAL-000482913");
        assertThat(request.patient().name()).isEqualTo("Rivera^Maria^Elena");
        assertThat(request.patient().birthDate()).isEqualTo(LocalDate.of(1958, 2, 14));
        assertThat(request.patient().sex()).isEqualTo("F");
    }

    @Test
    void unsorted_series_and_instances_are_taken_in_number_order_with_the_archive_as_retrieve_ae() {
        ReadingRequest request = read(fixture("r5"));

        assertThat(request.inputs()).extracting(InputSeries::seriesInstanceUid).containsExactly(
                "2.25.90312668004912764386122095317208412214", "2.25.301557848921744382750319917266140287165");
        assertThat(request.inputs().get(1).instances()).extracting(InputSeries.Instance::sopInstanceUid)
                .containsExactly("2.25.301557848921744382750319917266140287165.1",
                        "2.25.301557848921744382750319917266140287165.2",
                        "2.25.301557848921744382750319917266140287165.3");
        assertThat(request.inputs().get(0).instances().get(0).sopClassUid()).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        assertThat(request.inputs()).allSatisfy(s -> {
            assertThat(s.retrieveAeTitle()).isEqualTo("ORTHANC");
            assertThat(s.studyInstanceUid()).isEqualTo(STUDY);
        });
    }

    @Test
    void the_r4_export_becomes_the_same_request_as_the_r5_export() {
        ReadingRequest r5 = read(fixture("r5"));
        ReadingRequest r4 = read(fixture("r4"));

        assertThat(r4).usingRecursiveComparison().isEqualTo(r5);
    }

    @Test
    void a_body_part_without_a_dicom_mapping_keeps_its_display() {
        String body = fixture("r5").replace("\"51185008\", \"display\": \"Thorax\"",
                "\"28273000\", \"display\": \"Bile duct\"");

        assertThat(read(body).facts().bodyPart()).isEqualTo("Bile duct");
    }

    @Test
    void a_key_object_listed_first_does_not_hide_the_imaging_modality() {
        String body = fixture("r5").replaceFirst("\"modality\": \\[", "\"modality\": [ { \"coding\": [ { \"code\":"
                + " \"KO\" } ] },");

        assertThat(read(body).facts().modality()).isEqualTo("CT");
    }

    @Test
    void a_start_without_offset_is_read_in_the_archive_zone() {
        String body = fixture("r5").replace("\"started\": \"2026-11-27T21:31:07.578+00:00\"",
                "\"started\": \"2026-11-27T15:31:07\"");

        ReadingRequest request = ImagingStudyTranslator.toRequest(body, ZoneId.of("America/Chicago"), null, null);

        assertThat(request.scheduledStart()).isEqualTo(Instant.parse("2026-11-27T21:31:07Z"));
    }

    @Test
    void an_export_without_the_study_uid_identifier_is_refused_naming_imaging_study_identifier() {
        String body = fixture("r5").replace("\"system\": \"urn:dicom:uid\"", "\"system\": \"urn:other\"");

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(TeleradException.class, e -> {
            assertThat(e.code()).isEqualTo("TELERAD-FHIR-023");
            assertThat(e.kind()).isEqualTo(TeleradException.Kind.INVALID);
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("ImagingStudy.identifier");
        });
    }

    @Test
    void a_study_uid_that_is_no_dicom_uid_is_refused() {
        String body = fixture("r5").replace("urn:oid:" + STUDY, "urn:oid:not-a-uid");

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-FHIR-024"));
    }

    @Test
    void a_series_without_uid_is_refused_naming_the_series() {
        String body = fixture("r5").replace("\"uid\": \"2.25.90312668004912764386122095317208412214\",", "");

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("ImagingStudy.series[1].uid"));
    }

    @Test
    void bodies_that_are_not_json_or_not_an_imaging_study_are_refused() {
        assertThatThrownBy(() -> read("{not json")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-FHIR-021"));
        assertThatThrownBy(() -> read("{\"resourceType\":\"Patient\"}")).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-FHIR-022"));
        assertThatThrownBy(() -> read(" ")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-FHIR-020"));
    }

    /**
     * HAPI's plain server parses the body with its R4 context (default lenient error handler) before calling a
     * create method, even one taking the raw body: the R5 export must get through that parse.
     */
    @Test
    void the_servers_r4_parser_lets_the_r5_export_through() {
        ImagingStudy parsed = FhirContext.forR4Cached().newJsonParser().parseResource(ImagingStudy.class,
                fixture("r5"));

        assertThat(parsed.getIdentifierFirstRep().getValue()).isEqualTo("urn:oid:" + STUDY);
    }
}
