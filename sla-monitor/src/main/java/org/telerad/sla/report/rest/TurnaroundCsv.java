package org.telerad.sla.report.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.telerad.sla.report.domain.Breach;
import org.telerad.sla.report.domain.TurnaroundFigures;
import org.telerad.sla.report.domain.TurnaroundReport;

/**
 * A turnaround report as CSV (RFC 4180: comma separated, CRLF, fields quoted when needed, a header row). Two
 * tables, one per download: the figures (one row overall, then one per priority, modality and read type), or the
 * breaches. A cell that a spreadsheet would take for a formula ({@code = + @}) is prefixed with an apostrophe.
 */
final class TurnaroundCsv {

    static final List<String> FIGURES_HEADER = List.of("facilities", "from", "to", "dimension", "value", "tasks",
            "completed", "within_target", "share_within_target", "breached", "running", "p50_ms", "p90_ms",
            "p99_ms");
    static final List<String> BREACHES_HEADER = List.of("workitem_uid", "facility", "priority", "read_type",
            "modality", "contract_version", "target_ms", "started_at", "due_at", "stopped_at", "open", "overdue_ms",
            "main_cause", "unassigned_ms", "time_to_claim_ms", "reading_ms", "paused_ms", "pause_reasons",
            "escalations", "reassignments");

    private TurnaroundCsv() {
    }

    static String figures(TurnaroundReport r) {
        StringBuilder out = new StringBuilder();
        row(out, FIGURES_HEADER);
        String facilities = r.facilities().isEmpty() ? "all" : String.join(" ", r.facilities());
        for (TurnaroundFigures f : r.allFigures()) {
            Double share = f.shareWithinTarget();
            row(out, List.of(facilities, r.period().from().toString(), r.period().to().toString(),
                    f.dimension().name().toLowerCase(Locale.ROOT), text(f.value()), Long.toString(f.tasks()),
                    Long.toString(f.completed()), Long.toString(f.withinTarget()),
                    share == null ? "" : String.format(Locale.ROOT, "%.4f", share), Long.toString(f.breached()),
                    Long.toString(f.running()), text(TurnaroundReportJson.ms(f.p50Ms())),
                    text(TurnaroundReportJson.ms(f.p90Ms())), text(TurnaroundReportJson.ms(f.p99Ms()))));
        }
        return out.toString();
    }

    static String breaches(TurnaroundReport r) {
        StringBuilder out = new StringBuilder();
        row(out, BREACHES_HEADER);
        Instant at = r.at();
        for (Breach b : r.breaches()) {
            row(out, List.of(b.workitemUid(), b.facilityCode(), b.priority(), b.readType(), text(b.modality()),
                    Integer.toString(b.contractVersion()), Long.toString(b.targetMs()), b.startedAt().toString(),
                    b.dueAt().toString(), text(b.stoppedAt()), Boolean.toString(b.open()),
                    Long.toString(b.overdueMs(at)), b.mainCause().name(), text(b.unassignedMs()),
                    text(b.timeToClaimMs()), text(b.readingMs()), Long.toString(b.pausedMs()), text(b.pauseReasons()),
                    Integer.toString(b.escalations()), Integer.toString(b.reassignments())));
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        List<String> quoted = new ArrayList<>(cells.size());
        for (String cell : cells) {
            quoted.add(cell(cell));
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
