package org.telerad.sla.report.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.FacilityResidency;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;
import org.telerad.sla.clock.domain.Verdict;
import org.telerad.sla.contract.application.ContractAccess;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.report.domain.ReportPeriod;
import org.telerad.sla.report.domain.TurnaroundReport;

/**
 * Turnaround reports for the API. Credentialing admins, auditors and Telerad services see every facility (or the
 * one they name); facility admins see only the facilities their token lists (naming another is refused with
 * 403); radiologists see none. Each report is audited as a query (110112), a download as an export (110106);
 * the entry names the facilities and the period, no task.
 */
@ApplicationScoped
@Transactional
public class TurnaroundReporting {

    public static final String OBJECT_TYPE = "TurnaroundReport";
    static final int DEFAULT_DAYS = 30;

    private TurnaroundStatistics statistics;
    private FacilityResidency facilities;
    private AuditTrail audit;
    private Supplier<Caller> caller;
    private Clock clock;

    protected TurnaroundReporting() {
        // for CDI proxies
    }

    @Inject
    public TurnaroundReporting(TurnaroundStatistics statistics, FacilityResidency facilities, AuditTrail audit,
            CurrentCaller caller, Clock clock) {
        this(statistics, facilities, audit, (Supplier<Caller>) caller::get, clock);
    }

    public TurnaroundReporting(TurnaroundStatistics statistics, FacilityResidency facilities, AuditTrail audit,
            Supplier<Caller> caller, Clock clock) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.facilities = Objects.requireNonNull(facilities, "facilities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The report of {@code facility} (null = every facility the caller may see) over {@code [from, to)}; a
     * missing end is now, a missing start {@value #DEFAULT_DAYS} days before the end.
     *
     * @param download true when the report leaves as a file (audited as an export)
     */
    public TurnaroundReport report(String facility, Instant from, Instant to, boolean download) {
        Caller who = caller.get();
        Set<String> scope = scope(who, facility);
        Instant now = clock.instant();
        Instant end = to != null ? to : now;
        ReportPeriod period = from != null ? new ReportPeriod(from, end) : ReportPeriod.daysBefore(end, DEFAULT_DAYS);
        TurnaroundReport report = statistics.report(scope, period, now);
        audit.record(AuditRecord.success(download ? AuditEventType.EXPORT : AuditEventType.QUERY,
                download ? AuditAction.READ : AuditAction.EXECUTE, OBJECT_TYPE, null,
                scope.size() == 1 ? scope.iterator().next() : null,
                "turnaround report of " + (scope.isEmpty() ? "every facility" : String.join(", ", scope)) + " from "
                        + period.from() + " to " + period.to() + ", " + report.overall().tasks() + " tasks"
                        + (download ? ", downloaded as CSV" : "")));
        return report;
    }

    /** The facilities the report covers: empty = all of them. */
    private Set<String> scope(Caller who, String facility) {
        boolean named = facility != null && !facility.isBlank();
        if (named) {
            enforce(ContractAccess.mayRead(who, facility));
            if (facilities.residencyRegionOf(facility).isEmpty()) {
                throw TeleradException.notFound(SlaErrors.UNKNOWN_FACILITY, "There is no facility with code " + facility);
            }
            return Set.of(facility);
        }
        if (ContractAccess.readsEveryFacility(who)) {
            return Set.of();
        }
        if (who.hasRole(Roles.FACILITY_ADMIN)) {
            if (who.facilityCodes().isEmpty()) {
                throw TeleradException.forbidden(SlaErrors.FORBIDDEN, "Your token lists no facility you manage");
            }
            return new TreeSet<>(who.facilityCodes());
        }
        throw TeleradException.forbidden(SlaErrors.FORBIDDEN,
                "Only credentialing admins, auditors and facility admins read turnaround reports");
    }

    private static void enforce(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejected) {
            throw TeleradException.forbidden(SlaErrors.FORBIDDEN, rejected.reason());
        }
    }
}
