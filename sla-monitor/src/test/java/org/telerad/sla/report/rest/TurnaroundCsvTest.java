package org.telerad.sla.report.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.sla.report.domain.Breach;
import org.telerad.sla.report.domain.Dimension;
import org.telerad.sla.report.domain.ReportPeriod;
import org.telerad.sla.report.domain.TurnaroundFigures;
import org.telerad.sla.report.domain.TurnaroundReport;

class TurnaroundCsvTest {

    private static final ReportPeriod NOVEMBER = new ReportPeriod(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));
    private static final Instant AT = Instant.parse("2026-11-28T00:00:00Z");

    private static TurnaroundReport report() {
        return new TurnaroundReport(List.of("tx-dallas"), NOVEMBER, AT,
                new TurnaroundFigures(Dimension.ALL, null, 10, 10, 3, 7, 0, 3300000.4, 5460000.0, 5946000.0),
                List.of(new TurnaroundFigures(Dimension.PRIORITY, "STAT", 10, 10, 3, 7, 0, 3300000.0, null, null)),
                List.of(), List.of(),
                List.of(new Breach("2.25.1", "tx-dallas", "STAT", "PRELIMINARY", "CT", 2, 1800000,
                        Instant.parse("2026-11-02T08:00:00Z"), Instant.parse("2026-11-02T08:30:00Z"), null, null, 1, 0,
                        60000L, null, null, 0, "WAITING_FOR_PRIORS WAITING_FOR_CLINICAL_INFORMATION")),
                false);
    }

    @Test
    void figures_are_one_row_per_group_under_a_header_with_crlf_line_ends() {
        String csv = TurnaroundCsv.figures(report());

        assertThat(csv.split("\r\n")).containsExactly(String.join(",", TurnaroundCsv.FIGURES_HEADER),
                "tx-dallas,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,all,,10,10,3,0.3000,7,0,3300000,5460000,5946000",
                "tx-dallas,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,priority,STAT,10,10,3,0.3000,7,0,3300000,,");
    }

    @Test
    void breaches_list_their_phases_and_main_cause() {
        String[] lines = TurnaroundCsv.breaches(report()).split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("2.25.1,tx-dallas,STAT,PRELIMINARY,CT,2,1800000,2026-11-02T08:00:00Z,"
                + "2026-11-02T08:30:00Z,,true,2215800000,UNASSIGNED,60000,,,0,"
                + "WAITING_FOR_PRIORS WAITING_FOR_CLINICAL_INFORMATION,1,0");
    }

    @Test
    void cells_with_separators_are_quoted_and_formulas_are_defused() {
        assertThat(TurnaroundCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(TurnaroundCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TurnaroundCsv.cell("=1+1")).isEqualTo("'=1+1");
    }
}
