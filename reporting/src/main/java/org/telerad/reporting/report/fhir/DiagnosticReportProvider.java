package org.telerad.reporting.report.fhir;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IdType;
import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.report.application.SignedReportQueries;
import org.telerad.reporting.report.domain.ReportState;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * FHIR R4 {@code DiagnosticReport}, read only: {@code GET /fhir/DiagnosticReport/{reportId}} (the latest signed
 * version) and search by {@code patient.identifier=[system|]value} (also {@code subject.identifier}),
 * {@code study=<Study Instance UID>} (Telerad parameter), {@code identifier=urn:telerad:report|<id>} and
 * {@code status=preliminary,final,amended}. The same access rules as {@code /api/reports} (facility admins see
 * their facilities, auditors all, radiologists their own reads); every read and search audited.
 */
@ApplicationScoped
public class DiagnosticReportProvider implements IResourceProvider {

    private static final int DEFAULT_COUNT = 50;
    private static final int MAX_COUNT = 200;

    private SignedReportQueries queries;

    protected DiagnosticReportProvider() {
        // for CDI proxies
    }

    @Inject
    public DiagnosticReportProvider(SignedReportQueries queries) {
        this.queries = queries;
    }

    @Override
    public Class<DiagnosticReport> getResourceType() {
        return DiagnosticReport.class;
    }

    @Read
    public DiagnosticReport read(@IdParam IdType id) {
        UUID reportId;
        try {
            reportId = UUID.fromString(id.getIdPart());
        } catch (RuntimeException e) {
            throw new ResourceNotFoundException(id);
        }
        return queries.latest(reportId).map(DiagnosticReportMapper::toFhir)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<DiagnosticReport> search(
            @OptionalParam(name = DiagnosticReport.SP_PATIENT, chainWhitelist = { "identifier" }) ReferenceParam patient,
            @OptionalParam(name = DiagnosticReport.SP_SUBJECT, chainWhitelist = { "identifier" }) ReferenceParam subject,
            @OptionalParam(name = "study") TokenParam study,
            @OptionalParam(name = DiagnosticReport.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = DiagnosticReport.SP_STATUS) TokenOrListParam status, @Count Integer count,
            @Offset Integer offset) {
        ReferenceParam who = patient != null ? patient : subject;
        String patientId = null;
        String patientIssuer = null;
        if (who != null) {
            if (!"identifier".equals(who.getChain())) {
                throw new InvalidRequestException("Search DiagnosticReport by patient.identifier=[system|]value.");
            }
            String value = who.getValue();
            int bar = value.indexOf('|');
            patientId = bar < 0 ? value : value.substring(bar + 1);
            patientIssuer = bar <= 0 ? null : DiagnosticReportMapper.issuerOf(value.substring(0, bar));
            if (patientId.isBlank()) {
                throw new InvalidRequestException("A patient identifier value is required.");
            }
        }
        String studyUid = study == null ? null : stripOid(study.getValue());
        int size = count == null ? DEFAULT_COUNT : Math.max(0, Math.min(count, MAX_COUNT));
        int from = offset == null ? 0 : Math.max(0, offset);
        List<SignedReportVersion> found = queries.search(patientId, patientIssuer, studyUid, states(status), from,
                size);
        if (identifier != null) {
            String wanted = identifier.getValue();
            found = found.stream().filter(v -> v.reportId().toString().equals(wanted)).toList();
        }
        return found.stream().map(DiagnosticReportMapper::toFhir).toList();
    }

    private static String stripOid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.startsWith("urn:oid:") ? value.substring("urn:oid:".length()) : value.strip();
    }

    private static Set<ReportState> states(TokenOrListParam status) {
        if (status == null) {
            return Set.of();
        }
        Set<ReportState> states = EnumSet.noneOf(ReportState.class);
        for (TokenParam t : status.getValuesAsQueryTokens()) {
            String code = t.getValue() == null ? "" : t.getValue().strip().toLowerCase(Locale.ROOT);
            switch (code) {
                case "preliminary" -> states.add(ReportState.PRELIMINARY);
                case "final" -> states.add(ReportState.FINAL);
                case "amended", "corrected", "appended" -> states.add(ReportState.AMENDED);
                default -> throw new InvalidRequestException(
                        "status is preliminary, final or amended (Telerad keeps no other signed status).");
            }
        }
        return states;
    }

}
