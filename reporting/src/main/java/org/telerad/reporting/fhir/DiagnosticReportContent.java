package org.telerad.reporting.fhir;

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
 * The content of the DiagnosticReport of one signed report version, as Telerad's FHIR endpoint serves it and as
 * result delivery sends it. The identifier {@value #REPORT_SYSTEM}|reportId is the same for every version; the rest
 * is referenced by business identifier:
 * <ul>
 * <li>{@code subject}: Patient by the patient id, system from {@link IssuerSystems};</li>
 * <li>{@code basedOn}: ServiceRequest by the accession number (identifier type ACSN);</li>
 * <li>{@code imagingStudy}: ImagingStudy by the Study Instance UID (system {@value #DICOM_UID_SYSTEM});</li>
 * <li>{@code resultsInterpreter}: the signer, then the preliminary reader when another radiologist signed;
 * Practitioner by NPI, else by Telerad username.</li>
 * </ul>
 * {@code issued} is the signing time, {@code conclusion} the impression, {@code presentedForm} the given text as
 * text/plain (UTF-8).
 */
public final class DiagnosticReportContent {

    public static final String REPORT_SYSTEM = "urn:telerad:report";
    public static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    public static final String USERNAME_SYSTEM = "urn:telerad:username";
    public static final String DICOM_UID_SYSTEM = "urn:dicom:uid";

    /**
     * How an issuer of patient ids or accession numbers becomes an identifier system: {@code urn:oid:<issuer>} for
     * an OID, the issuer itself when it is a URI, else {@code localPrefix} and the issuer (characters outside
     * {@code [A-Za-z0-9._~-]} as {@code _}).
     */
    public record IssuerSystems(String localPrefix) {

        public String system(String issuer) {
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
            return localPrefix + i.replaceAll("[^A-Za-z0-9._~-]", "_");
        }

        /** The issuer a system names, the inverse of {@link #system} (null for none). */
        public String issuerOf(String system) {
            if (system == null || system.isBlank()) {
                return null;
            }
            if (system.startsWith("urn:oid:")) {
                return system.substring("urn:oid:".length());
            }
            if (system.startsWith(localPrefix)) {
                return system.substring(localPrefix.length());
            }
            return system;
        }
    }

    private DiagnosticReportContent() {
    }

    /** The DiagnosticReport of {@code v}, without id or meta; {@code presentedText} is the whole report. */
    public static DiagnosticReport of(SignedReportVersion v, String presentedText, IssuerSystems issuers) {
        DiagnosticReport report = new DiagnosticReport();
        report.addIdentifier().setSystem(REPORT_SYSTEM).setValue(v.reportId().toString());
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.fromCode(v.status().fhirCode()));
        report.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD",
                "Radiology")));
        report.setCode(new CodeableConcept(new Coding("http://loinc.org", "18748-4", "Diagnostic imaging study")));
        SignedReportVersion.PatientIdentity patient = v.patient();
        if (patient.id() != null) {
            report.setSubject(new Reference().setType("Patient").setIdentifier(
                    new Identifier().setSystem(issuers.system(patient.issuer())).setValue(patient.id())));
        }
        if (v.accessionNumber() != null) {
            Identifier accession = new Identifier().setValue(v.accessionNumber());
            accession.getType().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v2-0203")
                    .setCode("ACSN");
            if (v.accessionIssuer() != null && !v.accessionIssuer().isBlank()) {
                accession.setSystem(issuers.system(v.accessionIssuer()));
            }
            report.addBasedOn(new Reference().setType("ServiceRequest").setIdentifier(accession));
        }
        report.addImagingStudy(new Reference().setType("ImagingStudy").setIdentifier(
                new Identifier().setSystem(DICOM_UID_SYSTEM).setValue("urn:oid:" + v.studyInstanceUid())));
        report.addResultsInterpreter(practitioner(v.principalInterpreter()));
        if (v.assistantInterpreter() != null) {
            report.addResultsInterpreter(practitioner(v.assistantInterpreter()));
        }
        report.setIssued(Date.from(v.signedAt()));
        report.setConclusion(v.sections().impression());
        report.addPresentedForm(new Attachment().setContentType("text/plain; charset=utf-8")
                .setData(presentedText.getBytes(StandardCharsets.UTF_8))
                .setTitle("Radiology report, version " + v.version() + " (" + v.status().fhirCode() + ")")
                .setCreation(Date.from(v.signedAt())));
        return report;
    }

    /** A radiologist as Practitioner reference: by NPI, else by Telerad username; display "given family". */
    public static Reference practitioner(SignedReportVersion.Interpreter who) {
        boolean npi = who.npi() != null && !who.npi().isBlank();
        Reference ref = new Reference().setType("Practitioner").setIdentifier(new Identifier()
                .setSystem(npi ? NPI_SYSTEM : USERNAME_SYSTEM).setValue(npi ? who.npi() : who.username()));
        String given = who.givenName() == null ? "" : who.givenName().strip();
        String family = who.familyName() == null ? "" : who.familyName().strip();
        String display = (given + " " + family).strip();
        if (!display.isEmpty()) {
            ref.setDisplay(display);
        }
        return ref;
    }
}
