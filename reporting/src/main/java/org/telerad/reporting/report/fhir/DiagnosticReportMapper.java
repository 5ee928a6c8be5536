package org.telerad.reporting.report.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.fhir.DiagnosticReportContent;
import org.telerad.reporting.fhir.DiagnosticReportContent.IssuerSystems;

/**
 * A signed report version as a FHIR R4 DiagnosticReport: id = report id, meta.versionId = version, identifier
 * {@code urn:telerad:report|id} (the identifier result delivery sends to the EHR), status, subject (Patient by
 * identifier), basedOn (ServiceRequest by accession), imagingStudy (by Study Instance UID), resultsInterpreter,
 * issued, conclusion and the whole text as presentedForm (text/plain); the mapping itself is
 * {@link DiagnosticReportContent}.
 */
final class DiagnosticReportMapper {

    /** Issuers that are neither OID nor URI become {@code urn:telerad:patient-id-issuer:<issuer>}. */
    static final IssuerSystems ISSUERS = new IssuerSystems("urn:telerad:patient-id-issuer:");

    private DiagnosticReportMapper() {
    }

    static DiagnosticReport toFhir(SignedReportVersion v) {
        DiagnosticReport r = DiagnosticReportContent.of(v, text(v), ISSUERS);
        r.setId(v.reportId().toString());
        r.getMeta().setVersionId(Integer.toString(v.version()));
        r.getMeta().setLastUpdated(Date.from(v.signedAt()));
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

    /** The issuer a system names, the inverse of {@link IssuerSystems#system} (null for none). */
    static String issuerOf(String system) {
        return ISSUERS.issuerOf(system);
    }
}
