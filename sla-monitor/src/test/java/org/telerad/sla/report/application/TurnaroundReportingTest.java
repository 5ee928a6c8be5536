package org.telerad.sla.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;
import org.telerad.sla.report.domain.Dimension;
import org.telerad.sla.report.domain.ReportPeriod;
import org.telerad.sla.report.domain.TurnaroundFigures;
import org.telerad.sla.report.domain.TurnaroundReport;
import org.telerad.shared.testing.AdjustableClock;

class TurnaroundReportingTest {

    private static final Caller AUDITOR = new Caller("auditor", Set.of(Roles.AUDITOR), Set.of(), "127.0.0.1");
    private static final Caller TX_ADMIN = new Caller("facility-admin-tx", Set.of(Roles.FACILITY_ADMIN),
            Set.of("tx-dallas", "tx-houston"), "127.0.0.1");
    private static final Caller RADIOLOGIST = new Caller("rad-tx", Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1");

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T00:00:00Z");
    private final List<Set<String>> asked = new ArrayList<>();
    private final List<ReportPeriod> periods = new ArrayList<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final Map<String, String> facilities = Map.of("tx-dallas", "US", "tx-houston", "US", "ny-albany", "US");
    private Caller caller = AUDITOR;
    private final TurnaroundReporting reporting = new TurnaroundReporting((scope, period, now) -> {
        asked.add(scope);
        periods.add(period);
        return new TurnaroundReport(List.copyOf(scope), period, now,
                new TurnaroundFigures(Dimension.ALL, null, 4, 3, 2, 1, 1, 1.0, 2.0, 3.0), List.of(), List.of(),
                List.of(), List.of(), false);
    }, code -> Optional.ofNullable(facilities.get(code)), audited::add, () -> caller, clock);

    @Test
    void an_auditor_without_a_facility_sees_every_facility_over_the_last_30_days() {
        reporting.report(null, null, null, false);

        assertThat(asked).containsExactly(Set.of());
        assertThat(periods.get(0)).isEqualTo(ReportPeriod.daysBefore(clock.instant(), 30));
        assertThat(audited).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(AuditEventType.QUERY);
            assertThat(r.detail()).startsWith("turnaround report of every facility from 2026-10-29T00:00:00Z");
        });
    }

    @Test
    void a_facility_admin_sees_only_the_facilities_in_the_token() {
        caller = TX_ADMIN;

        reporting.report(null, null, null, false);
        reporting.report("tx-houston", null, null, true);

        assertThat(asked).containsExactly(Set.of("tx-dallas", "tx-houston"), Set.of("tx-houston"));
        assertThat(audited.get(1).type()).isEqualTo(AuditEventType.EXPORT);
        assertThatThrownBy(() -> reporting.report("ny-albany", null, null, false))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void radiologists_get_no_report() {
        caller = RADIOLOGIST;

        assertThatThrownBy(() -> reporting.report(null, null, null, false))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThat(asked).isEmpty();
    }

    @Test
    void an_unknown_facility_is_not_found_and_a_backwards_period_is_refused_naming_the_field() {
        assertThatThrownBy(() -> reporting.report("xx-nowhere", null, null, false))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> reporting.report("tx-dallas", Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-01T00:00:00Z"), false)).isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
    }
}
