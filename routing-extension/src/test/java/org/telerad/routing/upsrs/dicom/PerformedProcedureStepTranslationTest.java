package org.telerad.routing.upsrs.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.DicomXml;
import org.telerad.shared.dicom.Tag;
import org.telerad.shared.dicom.VR;

/**
 * A COMPLETED workitem shows what was performed: Unified Procedure Step Performed Procedure Sequence (0074,1216)
 * with the actual performer, the performed times and the signed report as Output Information (PS3.4 CC.2.5).
 */
class PerformedProcedureStepTranslationTest {

    private static final Instant CLAIMED = Instant.parse("2026-11-28T00:10:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-28T00:42:30Z");
    private static final URI BASE = URI.create("http://telerad.example:18080/telerad/rs/");

    private static ReadingTask completedTask() {
        DicomAttributes created;
        try (InputStream in = PerformedProcedureStepTranslationTest.class
                .getResourceAsStream("/dicom/dcm4chee-ups-create.json")) {
            created = DicomJson.standard().read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), UpsWorkitemTranslator.toRequest(created,
                ZoneId.of("America/Chicago"), "DCM4CHEE", "dcm4chee-main"), Instant.parse("2026-11-28T00:00:00Z"));
        task.assignTo(Performer.of("1234567893", "rad-tx", "Texas^Riley", "Telerad Texas"),
                Instant.parse("2026-11-28T04:00:00Z"), CLAIMED);
        TransactionUid transaction = TransactionUid.of("2.25.90210");
        task.claim(transaction, "rad-tx", false, CLAIMED);
        task.complete(transaction, SIGNED);
        return task;
    }

    private static TaskCompletion signedFinal(ReadingTask task) {
        return new TaskCompletion(task.uid().value(), "rad-tx", "1234567893", "NPI", "Riley Texas", CLAIMED, SIGNED,
                ReadType.FINAL, "urn:telerad:report:7f1c2d3e-0000-4000-8000-000000000001:2",
                "/telerad/api/reports/7f1c2d3e-0000-4000-8000-000000000001/versions/2");
    }

    private static DicomAttributes performedItem(DicomAttributes workitem) {
        return workitem.item(Tag.UnifiedProcedureStepPerformedProcedureSequence).orElseThrow();
    }

    @Test
    void the_actual_human_performer_is_the_radiologist_who_signed_with_code_pn_name_and_organization() {
        ReadingTask task = completedTask();

        DicomAttributes performed = performedItem(UpsWorkitemTranslator.toDicom(task, signedFinal(task), BASE));

        DicomAttributes human = performed.item(Tag.ActualHumanPerformersSequence).orElseThrow();
        DicomAttributes code = human.item(Tag.HumanPerformerCodeSequence).orElseThrow();
        assertThat(code.string(Tag.CodeValue)).contains("1234567893");
        assertThat(code.string(Tag.CodingSchemeDesignator)).contains("NPI");
        assertThat(code.string(Tag.CodeMeaning)).contains("Riley Texas");
        assertThat(human.vr(Tag.HumanPerformerName)).contains(VR.PN);
        assertThat(human.personName(Tag.HumanPerformerName).orElseThrow().toDicomString()).isEqualTo("Texas^Riley");
        assertThat(human.string(Tag.HumanPerformerOrganization)).contains("Telerad Texas");
    }

    @Test
    void the_performed_start_is_the_claim_and_the_end_is_the_signature() {
        ReadingTask task = completedTask();

        DicomAttributes performed = performedItem(UpsWorkitemTranslator.toDicom(task, signedFinal(task), BASE));

        assertThat(performed.vr(Tag.PerformedProcedureStepStartDateTime)).contains(VR.DT);
        assertThat(performed.dateTime(Tag.PerformedProcedureStepStartDateTime, ZoneId.of("UTC")).orElseThrow()
                .toInstant()).isEqualTo(CLAIMED);
        assertThat(performed.dateTime(Tag.PerformedProcedureStepEndDateTime, ZoneId.of("UTC")).orElseThrow()
                .toInstant()).isEqualTo(SIGNED);
        assertThat(performed.item(UpsWorkitemTranslator.PERFORMED_STATION_NAME_CODE_SEQUENCE)
                .flatMap(c -> c.string(Tag.CodeValue))).contains("TELERAD");
        assertThat(performed.item(UpsWorkitemTranslator.PERFORMED_WORKITEM_CODE_SEQUENCE)
                .flatMap(c -> c.string(Tag.CodeValue))).contains("110005");
        assertThat(performed.item(UpsWorkitemTranslator.PERFORMED_PROCESSING_PARAMETERS_SEQUENCE)
                .flatMap(p -> p.item(UpsWorkitemTranslator.CONCEPT_CODE_SEQUENCE))
                .flatMap(c -> c.string(Tag.CodeValue))).contains(ReadType.FINAL.dicomCode());
    }

    @Test
    void the_output_is_the_signed_report_with_an_absolute_retrieve_url_and_its_reference() {
        ReadingTask task = completedTask();

        DicomAttributes performed = performedItem(UpsWorkitemTranslator.toDicom(task, signedFinal(task), BASE));

        DicomAttributes output = performed.item(Tag.OutputInformationSequence).orElseThrow();
        assertThat(output.string(Tag.StudyInstanceUID)).contains(task.studyInstanceUid());
        DicomAttributes wadoRs = output.item(Tag.WADORSRetrievalSequence).orElseThrow();
        assertThat(wadoRs.vr(Tag.RetrieveURL)).contains(VR.UR);
        assertThat(wadoRs.string(Tag.RetrieveURL)).contains("http://telerad.example:18080/telerad/api/reports/"
                + "7f1c2d3e-0000-4000-8000-000000000001/versions/2");
        assertThat(performed.string(UpsWorkitemTranslator.COMMENTS_ON_THE_PERFORMED_PROCEDURE_STEP))
                .contains("urn:telerad:report:7f1c2d3e-0000-4000-8000-000000000001:2");
    }

    @Test
    void a_performer_without_a_name_is_named_by_code_and_has_no_organization_when_not_the_scheduled_one() {
        ReadingTask task = completedTask();
        TaskCompletion byAnother = new TaskCompletion(task.uid().value(), "rad-other", "rad-other", "99TELERAD", null,
                CLAIMED, SIGNED, ReadType.PRELIMINARY, "urn:telerad:report:r1:1", null);

        DicomAttributes performed = performedItem(UpsWorkitemTranslator.toDicom(task, byAnother, BASE));

        DicomAttributes human = performed.item(Tag.ActualHumanPerformersSequence).orElseThrow();
        assertThat(human.item(Tag.HumanPerformerCodeSequence).flatMap(c -> c.string(Tag.CodeMeaning)))
                .contains("rad-other");
        assertThat(human.isEmptyValue(Tag.HumanPerformerName)).isTrue();
        assertThat(human.isEmptyValue(Tag.HumanPerformerOrganization)).isTrue();
        DicomAttributes output = performed.item(Tag.OutputInformationSequence).orElseThrow();
        assertThat(output.has(Tag.WADORSRetrievalSequence)).isFalse();
    }

    @Test
    void another_signer_gets_a_pn_only_when_the_recorded_name_is_one_never_a_guessed_split() {
        ReadingTask task = completedTask();
        TaskCompletion pn = new TaskCompletion(task.uid().value(), "rad-b", "rad-b", "99TELERAD", "Bauer^Anna",
                CLAIMED, SIGNED, ReadType.FINAL, "urn:telerad:report:r2:1", null);
        TaskCompletion display = new TaskCompletion(task.uid().value(), "rad-b", "rad-b", "99TELERAD", "Anna Bauer",
                CLAIMED, SIGNED, ReadType.FINAL, "urn:telerad:report:r2:1", null);

        DicomAttributes fromPn = performedItem(UpsWorkitemTranslator.toDicom(task, pn, BASE))
                .item(Tag.ActualHumanPerformersSequence).orElseThrow();
        DicomAttributes fromDisplay = performedItem(UpsWorkitemTranslator.toDicom(task, display, BASE))
                .item(Tag.ActualHumanPerformersSequence).orElseThrow();

        assertThat(fromPn.personName(Tag.HumanPerformerName).orElseThrow().toDicomString()).isEqualTo("Bauer^Anna");
        assertThat(fromDisplay.isEmptyValue(Tag.HumanPerformerName)).isTrue();
        assertThat(fromDisplay.item(Tag.HumanPerformerCodeSequence).flatMap(c -> c.string(Tag.CodeMeaning)))
                .contains("Anna Bauer");
    }

    @Test
    void without_a_recorded_step_the_workitem_has_no_performed_procedure_sequence() {
        DicomAttributes workitem = UpsWorkitemTranslator.toDicom(completedTask(), null, BASE);

        assertThat(workitem.string(Tag.ProcedureStepState)).contains("COMPLETED");
        assertThat(workitem.has(Tag.UnifiedProcedureStepPerformedProcedureSequence)).isFalse();
    }

    @Test
    void the_performed_procedure_survives_dicom_json_and_xml() {
        ReadingTask task = completedTask();
        DicomAttributes workitem = UpsWorkitemTranslator.toDicom(task, signedFinal(task), BASE);

        DicomAttributes fromJson = DicomJson.standard().read(DicomJson.standard().write(workitem));
        DicomAttributes fromXml = DicomXml.standard().read(DicomXml.standard().write(workitem));

        for (DicomAttributes read : java.util.List.of(fromJson, fromXml)) {
            DicomAttributes performed = performedItem(read);
            assertThat(performed.item(Tag.ActualHumanPerformersSequence)
                    .flatMap(h -> h.personName(Tag.HumanPerformerName)).orElseThrow().toDicomString())
                    .isEqualTo("Texas^Riley");
            assertThat(performed.item(Tag.OutputInformationSequence).flatMap(o -> o.item(Tag.WADORSRetrievalSequence))
                    .flatMap(w -> w.string(Tag.RetrieveURL)).orElseThrow()).endsWith("/versions/2");
            assertThat(performed.string(Tag.PerformedProcedureStepEndDateTime)).isPresent();
        }
    }
}
