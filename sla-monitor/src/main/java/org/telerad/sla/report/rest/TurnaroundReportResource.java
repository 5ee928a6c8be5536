package org.telerad.sla.report.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.report.application.TurnaroundReporting;
import org.telerad.sla.report.domain.TurnaroundReport;

/**
 * {@code /api/sla/turnaround?facility=&from=&to=}: the turnaround report as JSON, or as CSV with
 * {@code Accept: text/csv} or {@code ?format=csv} ({@code &part=breaches} for the breach list instead of the
 * figures), downloaded as an attachment. {@code from} and {@code to} are ISO dates ({@code to} inclusive) or
 * instants ({@code to} exclusive); defaults: the last 30 days. Radiologists are refused (403).
 */
@Path("/sla/turnaround")
@RequestScoped
public class TurnaroundReportResource {

    static final String CSV = "text/csv";

    @Inject
    TurnaroundReporting reporting;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public Response report(@QueryParam("facility") String facility, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") String format, @QueryParam("part") String part) {
        boolean csv = wantsCsv(format);
        boolean breaches = breachesPart(part);
        TurnaroundReport report = reporting.report(facility, instant("from", from, false), instant("to", to, true),
                csv);
        if (!csv) {
            return Response.ok(TurnaroundReportJson.of(report), MediaType.APPLICATION_JSON_TYPE).build();
        }
        String body = breaches ? TurnaroundCsv.breaches(report) : TurnaroundCsv.figures(report);
        return Response.ok(body, CSV + "; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + fileName(report, breaches) + "\"").build();
    }

    private boolean wantsCsv(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw TeleradException.invalid(SlaErrors.REPORT_FORMAT, "format", "format is json or csv");
            };
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private static boolean breachesPart(String part) {
        if (part == null || part.isBlank()) {
            return false;
        }
        return switch (part.strip().toLowerCase(Locale.ROOT)) {
            case "breaches" -> true;
            case "figures" -> false;
            default -> throw TeleradException.invalid(SlaErrors.REPORT_FORMAT, "part", "part is figures or breaches");
        };
    }

    /** An ISO date (start of that day in UTC; for an end, the start of the next day) or an ISO instant. */
    static Instant instant(String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException e) {
            throw TeleradException.invalid(SlaErrors.REPORT_PERIOD, field,
                    field + " is an ISO date (2026-11-01) or instant (2026-11-01T08:00:00Z)");
        }
    }

    private static String fileName(TurnaroundReport r, boolean breaches) {
        String who = r.facilities().isEmpty() ? "all" : String.join("+", r.facilities());
        return "turnaround-" + who + "-" + r.period().from().atOffset(ZoneOffset.UTC).toLocalDate() + "-"
                + r.period().to().atOffset(ZoneOffset.UTC).toLocalDate() + (breaches ? "-breaches" : "") + ".csv";
    }
}
