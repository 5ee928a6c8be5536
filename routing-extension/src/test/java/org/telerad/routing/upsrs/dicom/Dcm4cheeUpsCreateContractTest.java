package org.telerad.routing.upsrs.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.DicomXml;
import org.telerad.shared.dicom.Tag;
import org.telerad.shared.problem.TeleradException;

/**
 * Contract: what dcm4chee-arc-light 5.35's {@code ups:} exporter POSTs (fixture {@code dicom/dcm4chee-ups-create.json},
 * shaped after DCM4CHEE.md "Seen on a running archive") becomes the right reading request, in JSON and XML.
 */
class Dcm4cheeUpsCreateContractTest {

    private static final String STUDY = "2.25.168915247463381905219117470624837019321";
    private static final ZoneId ARCHIVE_ZONE = ZoneId.of("America/Chicago");

    private static DicomAttributes fixture(String name) {
        try (InputStream in = Dcm4cheeUpsCreateContractTest.class.getResourceAsStream("/dicom/" + name)) {
            byte[] bytes = in.readAllBytes();
            return name.endsWith(".xml") ? DicomXml.standard().read(bytes) : DicomJson.standard().read(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ReadingRequest read(DicomAttributes ds) {
        return UpsWorkitemTranslator.toRequest(ds, ARCHIVE_ZONE, "DCM4CHEE", "dcm4chee-main");
    }

    @Test
    void the_exporters_json_payload_becomes_a_final_read_of_the_referenced_study() {
        ReadingRequest request = read(fixture("dcm4chee-ups-create.json"));

        assertThat(request.studyInstanceUid()).isEqualTo(STUDY);
        assertThat(request.readType()).isEqualTo(ReadType.FINAL);
        assertThat(request.request().accessionNumber()).isEqualTo("ACC-20261127-0042");
        assertThat(request.request().referringPhysicianName()).isEqualTo("Okafor^Daniel");
        assertThat(request.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(request.inputReadiness()).isEqualTo(InputReadiness.READY);
        assertThat(request.procedureStepLabel()).isEqualTo("DEFAULT");
        assertThat(request.worklistLabel()).isNull();
        assertThat(request.sourceArchive()).isEqualTo("dcm4chee-main");
        assertThat(request.facilityCode()).isNull();
    }

    @Test
    void patient_demographics_are_taken_as_sent_including_the_issuer_the_archive_invented() {
        ReadingRequest request = read(fixture("dcm4chee-ups-create.json"));

        assertThat(request.patient().id()).isEqualTo("TX-DAL-000482913");
        assertThat(request.patient().issuer()).startsWith("DCM4CHEE.");
        assertThat(request.patient().name()).isEqualTo("Rivera^Maria^Elena");
        assertThat(request.patient().birthDate()).isEqualTo(LocalDate.of(1958, 2, 14));
        assertThat(request.patient().sex()).isEqualTo("F");
    }

    @Test
    void a_date_time_without_offset_is_read_in_the_archives_zone_milliseconds_included() {
        ReadingRequest request = read(fixture("dcm4chee-ups-create.json"));

        assertThat(request.scheduledStart()).isEqualTo(Instant.parse("2026-11-28T03:31:07.578Z"));
    }

    @Test
    void each_series_is_an_input_with_its_instances_and_the_archives_ae_when_the_retrieve_ae_is_empty() {
        ReadingRequest request = read(fixture("dcm4chee-ups-create.json"));

        assertThat(request.inputs()).extracting(InputSeries::seriesInstanceUid).containsExactly(
                "2.25.90312668004912764386122095317208412214", "2.25.301557848921744382750319917266140287165");
        assertThat(request.inputs()).extracting(InputSeries::retrieveAeTitle).containsOnly("DCM4CHEE");
        assertThat(request.inputs().get(0).instances()).hasSize(2);
        assertThat(request.inputs().get(1).instances()).hasSize(3);
    }

    @Test
    void the_xml_form_of_the_payload_reads_the_same_as_the_json_form() {
        assertThat(read(fixture("dcm4chee-ups-create.xml"))).isEqualTo(read(fixture("dcm4chee-ups-create.json")));
    }

    @Test
    void a_payload_without_study_instance_uid_is_refused_naming_where_it_was_expected() {
        DicomAttributes ds = fixture("dcm4chee-ups-create.json").toBuilder()
                .remove(Tag.ReferencedRequestSequence).remove(Tag.InputInformationSequence).build();

        assertThatThrownBy(() -> read(ds)).isInstanceOfSatisfying(TeleradException.class, e -> {
            assertThat(e.code()).isEqualTo("TELERAD-UPS-010");
            assertThat(e.violations().get(0).field()).isEqualTo("(0040,A370)[0]>(0020,000D)");
        });
    }

    @Test
    void a_payload_that_is_not_scheduled_is_refused() {
        DicomAttributes ds = fixture("dcm4chee-ups-create.json").toBuilder()
                .string(Tag.ProcedureStepState, "COMPLETED").build();

        assertThatThrownBy(() -> read(ds)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-UPS-011"));
    }

    @Test
    void an_unknown_priority_is_refused_naming_the_attribute() {
        DicomAttributes ds = fixture("dcm4chee-ups-create.json").toBuilder()
                .string(Tag.ScheduledProcedureStepPriority, "SOON").build();

        assertThatThrownBy(() -> read(ds)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("(0074,1200)"));
    }

    @Test
    void the_task_written_back_is_a_ups_workitem_that_reads_as_the_same_request() {
        ReadingRequest request = read(fixture("dcm4chee-ups-create.json"));
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), request, Instant.parse("2026-11-27T21:31:08Z"));

        DicomAttributes workitem = UpsWorkitemTranslator.toDicom(task);

        assertThat(workitem.string(Tag.SOPClassUID)).contains(UpsWorkitemTranslator.UPS_SOP_CLASS);
        assertThat(workitem.string(Tag.SOPInstanceUID)).contains(task.uid().value());
        assertThat(workitem.string(Tag.ProcedureStepState)).contains("SCHEDULED");
        assertThat(workitem.has(Tag.TransactionUID)).isFalse();
        assertThat(workitem.isEmptyValue(Tag.ScheduledHumanPerformersSequence)).isTrue();
        ReadingRequest reread = UpsWorkitemTranslator.toRequest(DicomJson.standard().read(
                DicomJson.standard().write(workitem)), ARCHIVE_ZONE, "DCM4CHEE", "dcm4chee-main");
        assertThat(reread.inputs()).isEqualTo(request.inputs());
        assertThat(reread.patient()).isEqualTo(request.patient());
        assertThat(reread.request()).isEqualTo(request.request());
        assertThat(reread.scheduledStart()).isEqualTo(request.scheduledStart());
        assertThat(reread.readType()).isEqualTo(ReadType.FINAL);
    }
}
