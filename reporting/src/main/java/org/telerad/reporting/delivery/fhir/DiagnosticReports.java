package org.telerad.reporting.delivery.fhir;

import org.hl7.fhir.r4.model.DiagnosticReport;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.ReportText;
import org.telerad.reporting.fhir.DiagnosticReportContent;
import org.telerad.reporting.fhir.DiagnosticReportContent.IssuerSystems;

/**
 * The DiagnosticReport of one signed report version. The identifier {@value #REPORT_SYSTEM}|reportId is the same
 * for every version, so version 2 updates the resource version 1 created (conditional update). Everything else
 * is referenced by business identifier, as the EHR knows it:
 * <ul>
 * <li>{@code subject}: Patient by the patient id, system {@code urn:oid:<issuer>} for an OID issuer, the issuer
 * itself when it is a URI, else {@code urn:telerad:patient-id-issuer:<issuer>};</li>
 * <li>{@code basedOn}: ServiceRequest by the accession number (identifier type ACSN);</li>
 * <li>{@code imagingStudy}: ImagingStudy by the Study Instance UID (system {@code urn:dicom:uid});</li>
 * <li>{@code resultsInterpreter}: the signer, then the preliminary reader when another radiologist signed;
 * Practitioner by NPI, else by Telerad username.</li>
 * </ul>
 * {@code issued} is the signing time, {@code conclusion} the impression, {@code presentedForm} the whole report as
 * text/plain (UTF-8), the same text the HL7 channel sends. The mapping itself is {@link DiagnosticReportContent}.
 */
final class DiagnosticReports {

    static final String REPORT_SYSTEM = DiagnosticReportContent.REPORT_SYSTEM;

    /** Issuers that are neither OID nor URI become {@code urn:telerad:patient-id-issuer:<issuer>}. */
    static final IssuerSystems ISSUERS = new IssuerSystems("urn:telerad:patient-id-issuer:");

    private DiagnosticReports() {
    }

    static DiagnosticReport of(SignedReportVersion v) {
        return DiagnosticReportContent.of(v, ReportText.of(v).plainText(), ISSUERS);
    }
}
