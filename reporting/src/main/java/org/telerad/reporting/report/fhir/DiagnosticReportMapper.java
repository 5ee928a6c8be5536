package org.telerad.reporting.report.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.telerad.reporting.api.SignedReportVersion;

/**
 * A signed report version as a FHIR R4 DiagnosticReport: id = report id, meta.versionId = version, identifier
 * {@code urn:telerad:report|id} (the identifier result delivery sends to the EHR), status, subject (Patient by
 * identifier), basedOn (ServiceRequest by accession), imagingStudy (by Study Instance UID), resultsInterpreter,
 * issued, conclusion and the whole text as presentedForm (text/plain).
 */
final class DiagnosticReportMapper {

    static final String REPORT_SYSTEM = "urn:telerad:report";
    static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    static final String USERNAME_SYSTEM = "urn:telerad:username";
    static final String DICOM_UID_SYSTEM = "urn:dicom:uid";

    private DiagnosticReportMapper() {
    }

    static DiagnosticReport toFhir(SignedReportVersion v) {
        DiagnosticReport r = new DiagnosticReport();
        r.setId(v.reportId().toString());
        r.getMeta().setVersionId(Integer.toString(v.version()));
        r.getMeta().setLastUpdated(Date.from(v.signedAt()));
        r.addIdentifier().setSystem(REPORT_SYSTEM).setValue(v.reportId().toString());
        r.setStatus(DiagnosticReport.DiagnosticReportStatus.fromCode(v.status().fhirCode()));
        r.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD",
                "Radiology")));
        r.setCode(new CodeableConcept(new Coding("http://loinc.org", "18748-4", "Diagnostic imaging study")));
        if (v.patient().id() != null) {
            r.setSubject(new Reference().setType("Patient").setIdentifier(new Identifier()
                    .setSystem(issuerSystem(v.patient().issuer())).setValue(v.patient().id())));
        }
        if (v.accessionNumber() != null) {
            Identifier accession = new Identifier().setValue(v.accessionNumber());
            accession.getType().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v2-0203").setCode("ACSN");
            if (v.accessionIssuer() != null && !v.accessionIssuer().isBlank()) {
                accession.setSystem(issuerSystem(v.accessionIssuer()));
            }
            r.addBasedOn(new Reference().setType("ServiceRequest").setIdentifier(accession));
        }
        r.addImagingStudy(new Reference().setType("ImagingStudy").setIdentifier(new Identifier()
                .setSystem(DICOM_UID_SYSTEM).setValue("urn:oid:" + v.studyInstanceUid())));
        r.addResultsInterpreter(practitioner(v.principalInterpreter()));
        if (v.assistantInterpreter() != null) {
            r.addResultsInterpreter(practitioner(v.assistantInterpreter()));
        }
        r.setIssued(Date.from(v.signedAt()));
        r.setConclusion(v.sections().impression());
        r.addPresentedForm(new Attachment().setContentType("text/plain; charset=utf-8")
                .setData(text(v).getBytes(StandardCharsets.UTF_8))
                .setTitle("Radiology report, version " + v.version() + " (" + v.status().fhirCode() + ")")
                .setCreation(Date.from(v.signedAt())));
        return r;
    }

    /** The report as plain text: the sections in reading order, addenda, critical findings, signature. */
    static String text(SignedReportVersion v) {
        StringBuilder b = new StringBuilder();
        SignedReportVersion.Sections s = v.sections();
        part(b, "CLINICAL INFORMATION", s.clinicalInformation());
        part(b, "TECHNIQUE", s.technique());
        part(b, "COMPARISON", s.comparison());
        part(b, "FINDINGS", s.findings());
        part(b, "IMPRESSION", s.impression());
        for (SignedReportVersion.Addendum a : s.addenda()) {
            part(b, "ADDENDUM (" + a.signedBy() + ", " + a.signedAt() + ")", a.text());
        }
        if (s.correctionReason() != null) {
            part(b, "CORRECTED", s.correctionReason());
        }
        for (SignedReportVersion.CriticalFinding f : v.criticalFindings()) {
            StringBuilder line = new StringBuilder("ACR category ").append(f.category()).append(": ")
                    .append(f.description());
            if (f.communicatedTo() != null) {
                line.append(". Communicated to ").append(f.communicatedTo()).append(" at ").append(f.communicatedAt())
                        .append(" by ").append(f.method()).append(Boolean.TRUE.equals(f.readBack())
                                ? ", read back." : ", not read back.");
            }
            part(b, "CRITICAL FINDING", line.toString());
        }
        SignedReportVersion.Interpreter who = v.principalInterpreter();
        part(b, "SIGNED", (who.givenName() == null ? "" : who.givenName() + " ")
                + (who.familyName() == null ? who.username() : who.familyName()) + ", " + v.status().fhirCode() + ", "
                + v.signedAt());
        return b.toString();
    }

    private static void part(StringBuilder b, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (b.length() > 0) {
            b.append('\n');
        }
        b.append(title).append(":\n").append(text.strip()).append('\n');
    }

    private static Reference practitioner(SignedReportVersion.Interpreter who) {
        boolean npi = who.npi() != null && !who.npi().isBlank();
        Reference ref = new Reference().setType("Practitioner").setIdentifier(new Identifier()
                .setSystem(npi ? NPI_SYSTEM : USERNAME_SYSTEM).setValue(npi ? who.npi() : who.username()));
        String display = ((who.givenName() == null ? "" : who.givenName()) + " "
                + (who.familyName() == null ? "" : who.familyName())).strip();
        if (!display.isEmpty()) {
            ref.setDisplay(display);
        }
        return ref;
    }

    static String issuerSystem(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        String i = issuer.strip();
        if (i.matches("[0-2](\\.(0|[1-9][0-9]*))+")) {
            return "urn:oid:" + i;
        }
        if (i.matches("[A-Za-z][A-Za-z0-9+.-]*:.+")) {
            return i;
        }
        return "urn:telerad:patient-id-issuer:" + i.replaceAll("[^A-Za-z0-9._~-]", "_");
    }

    /** The issuer a system names, the inverse of {@link #issuerSystem} (null for none). */
    static String issuerOf(String system) {
        if (system == null || system.isBlank()) {
            return null;
        }
        if (system.startsWith("urn:oid:")) {
            return system.substring("urn:oid:".length());
        }
        if (system.startsWith("urn:telerad:patient-id-issuer:")) {
            return system.substring("urn:telerad:patient-id-issuer:".length());
        }
        return system;
    }
}
