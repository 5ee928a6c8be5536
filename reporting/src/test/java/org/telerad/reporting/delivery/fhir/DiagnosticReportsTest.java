package org.telerad.reporting.delivery.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

import org.telerad.reporting.delivery.testing.SignedVersions;

class DiagnosticReportsTest {

    @Test
    void a_preliminary_is_a_preliminary_diagnostic_report_identified_by_the_telerad_report_id() {
        DiagnosticReport report = DiagnosticReports.of(SignedVersions.preliminary());

        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.PRELIMINARY);
        assertThat(report.getIdentifierFirstRep().getSystem()).isEqualTo("urn:telerad:report");
        assertThat(report.getIdentifierFirstRep().getValue()).isEqualTo(SignedVersions.REPORT.toString());
        assertThat(report.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("RAD");
        assertThat(report.getCode().getCodingFirstRep().getCode()).isEqualTo("18748-4");
        assertThat(report.getResultsInterpreter()).singleElement().satisfies(r -> {
            assertThat(r.getIdentifier().getSystem()).isEqualTo("urn:telerad:username");
            assertThat(r.getIdentifier().getValue()).isEqualTo("rad-night");
            assertThat(r.getDisplay()).isEqualTo("Ada Okafor");
        });
        assertThat(report.getIssued()).isEqualTo(Date.from(SignedVersions.PRELIMINARY_AT));
    }

    @Test
    void the_final_keeps_every_identifier_and_names_both_interpreters_signer_first() {
        DiagnosticReport preliminary = DiagnosticReports.of(SignedVersions.preliminary());
        DiagnosticReport finalReport = DiagnosticReports.of(SignedVersions.finalByAttending());

        assertThat(finalReport.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(finalReport.getIdentifierFirstRep().getValue()).isEqualTo(preliminary.getIdentifierFirstRep()
                .getValue());
        assertThat(finalReport.getSubject().getIdentifier().getValue()).isEqualTo(preliminary.getSubject()
                .getIdentifier().getValue());
        assertThat(finalReport.getResultsInterpreter()).extracting(r -> r.getIdentifier().getValue())
                .containsExactly("1234567893", "rad-night");
        assertThat(finalReport.getResultsInterpreter().get(0).getIdentifier().getSystem())
                .isEqualTo("http://hl7.org/fhir/sid/us-npi");
    }

    @Test
    void subject_order_and_study_are_referenced_by_the_identifiers_the_ehr_knows() {
        DiagnosticReport report = DiagnosticReports.of(SignedVersions.finalByAttending());

        Reference subject = report.getSubject();
        assertThat(subject.getType()).isEqualTo("Patient");
        assertThat(subject.getIdentifier().getSystem()).isEqualTo("urn:oid:2.16.840.1.113883.3.72.5.9.1");
        assertThat(subject.getIdentifier().getValue()).isEqualTo("MRN-448812");
        Reference order = report.getBasedOnFirstRep();
        assertThat(order.getType()).isEqualTo("ServiceRequest");
        assertThat(order.getIdentifier().getType().getCodingFirstRep().getCode()).isEqualTo("ACSN");
        assertThat(order.getIdentifier().getValue()).isEqualTo("ACC-20261128-0042");
        assertThat(order.getIdentifier().getSystem()).isEqualTo("urn:telerad:patient-id-issuer:DALLAS-RIS");
        Reference study = report.getImagingStudyFirstRep();
        assertThat(study.getType()).isEqualTo("ImagingStudy");
        assertThat(study.getIdentifier().getSystem()).isEqualTo("urn:dicom:uid");
        assertThat(study.getIdentifier().getValue()).isEqualTo("urn:oid:" + SignedVersions.STUDY);
    }

    @Test
    void an_addendum_is_amended_with_the_impression_as_conclusion_and_the_whole_text_as_presented_form() {
        DiagnosticReport report = DiagnosticReports.of(SignedVersions.addendum());

        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.AMENDED);
        assertThat(report.getConclusion()).startsWith("No acute intracranial hemorrhage or mass effect.");
        assertThat(report.getPresentedForm()).singleElement().satisfies(form -> {
            assertThat(form.getContentType()).isEqualTo("text/plain; charset=utf-8");
            String text = new String(form.getData(), StandardCharsets.UTF_8);
            assertThat(text).contains("FINDINGS:\nVentricles normal in size.\n",
                    "IMPRESSION:\nNo acute intracranial hemorrhage",
                    "ADDENDUM:\n4 mm left frontal meningioma, unchanged from the prior | no action needed.\n"
                            + "Signed by James Whitfield at 2026-11-28T09:45:00Z.\n",
                    "CRITICAL FINDINGS:\nACR category 3: Incidental meningioma. Communicated to Dr. Rivera",
                    "Amended report signed by James Whitfield");
        });
    }
}
