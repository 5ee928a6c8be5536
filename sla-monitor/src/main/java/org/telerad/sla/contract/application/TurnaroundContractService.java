package org.telerad.sla.contract.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.telerad.sla.clock.domain.Verdict;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * Reads and revises facilities' turnaround contracts for the API. A revision is always a new version (the
 * current one plus one); the first revision of a facility that ran on the defaults also stores those defaults as
 * version 1, so clocks that started under them keep reading the same terms. Optimistic concurrency: the caller
 * names the version it revised ({@code If-Match}); another version, or a concurrent revision, is refused with
 * 412. Every revision is audited in the same transaction; reads are not (contracts hold no personal data).
 */
@ApplicationScoped
@Transactional
public class TurnaroundContractService {

    public static final String OBJECT_TYPE = "TurnaroundContract";
    static final int MAX_PAGE_SIZE = 200;

    private ContractStore store;
    private StoredTurnaroundContracts contracts;
    private FacilityResidency facilities;
    private AuditTrail audit;
    private Supplier<Caller> caller;
    private Clock clock;

    protected TurnaroundContractService() {
        // for CDI proxies
    }

    @Inject
    public TurnaroundContractService(ContractStore store, FacilityResidency facilities, AuditTrail audit,
            CurrentCaller caller, Clock clock) {
        this(store, facilities, audit, (Supplier<Caller>) caller::get, clock);
    }

    public TurnaroundContractService(ContractStore store, FacilityResidency facilities, AuditTrail audit,
            Supplier<Caller> caller, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.contracts = new StoredTurnaroundContracts(store);
        this.facilities = Objects.requireNonNull(facilities, "facilities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The contract in force for a facility (its defaults as version 1 when it stored none). */
    public ContractVersion current(String facilityCode) {
        readable(facilityCode);
        return contracts.currentVersion(facilityCode);
    }

    public ContractVersion version(String facilityCode, int version) {
        readable(facilityCode);
        return contracts.versionOf(facilityCode, version);
    }

    /** Every version, newest first; a facility on the defaults lists them as its only (unstored) version. */
    public VersionPage versions(String facilityCode, Integer page, Integer size) {
        readable(facilityCode);
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw TeleradException.invalid(SlaErrors.MALFORMED_VALUE, "page", "page starts at 0");
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw TeleradException.invalid(SlaErrors.MALFORMED_VALUE, "size",
                    "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        int total = store.count(facilityCode);
        if (total == 0) {
            return new VersionPage(p == 0 ? List.of(ContractVersion.defaultsOf(facilityCode)) : List.of(), p, s, 1);
        }
        return new VersionPage(store.versions(facilityCode, p * s, s), p, s, total);
    }

    /**
     * Stores {@code terms} as the facility's next version.
     *
     * @param expectedVersion the version the caller read and revised; null to revise whatever is current
     */
    public ContractVersion revise(String facilityCode, Long expectedVersion, ContractTerms terms) {
        Caller who = caller.get();
        enforce(ContractAccess.mayRevise(who));
        known(facilityCode);
        SlaErrors.required(terms, "body");
        ContractVersion current = contracts.currentVersion(facilityCode);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw stale(facilityCode, current.version());
        }
        TurnaroundContract next = terms.asVersion(facilityCode, current.version() + 1);
        java.time.Instant now = clock.instant();
        if (!current.stored() && !store.append(ContractVersion.stored(current.contract(), now,
                ContractVersion.DEFAULTS_AUTHOR))) {
            throw stale(facilityCode, current.version());
        }
        ContractVersion stored = ContractVersion.stored(next, now, who.username());
        if (!store.append(stored)) {
            throw stale(facilityCode, current.version());
        }
        audit.record(AuditRecord.success(AuditEventType.SECURITY_ALERT, AuditAction.CREATE, OBJECT_TYPE,
                facilityCode + "/" + next.version(), facilityCode, "version " + next.version() + " stored, "
                        + describeChanges(current.contract(), next)));
        return stored;
    }

    /** Which terms differ from the previous version, by name (no values: the entry stays short). */
    static String describeChanges(TurnaroundContract before, TurnaroundContract after) {
        List<String> changed = new ArrayList<>();
        if (!new java.util.HashSet<>(before.targets()).equals(new java.util.HashSet<>(after.targets()))) {
            changed.add("targets");
        }
        if (!before.ceiling().equals(after.ceiling())) {
            changed.add("ceiling");
        }
        if (before.warningShare() != after.warningShare()) {
            changed.add("warningShare");
        }
        if (before.clockStart() != after.clockStart()) {
            changed.add("clockStart");
        }
        if (!before.ladder().equals(after.ladder())) {
            changed.add("ladder");
        }
        if (!before.maximumWait().equals(after.maximumWait())) {
            changed.add("maximumWait");
        }
        return changed.isEmpty() ? "no term changed" : "changed: " + String.join(", ", changed);
    }

    private void readable(String facilityCode) {
        enforce(ContractAccess.mayRead(caller.get(), facilityCode));
        known(facilityCode);
    }

    private void known(String facilityCode) {
        if (facilityCode == null || facilities.residencyRegionOf(facilityCode).isEmpty()) {
            throw TeleradException.notFound(SlaErrors.UNKNOWN_FACILITY,
                    "There is no facility with code " + facilityCode);
        }
    }

    private static void enforce(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejected) {
            throw TeleradException.forbidden(SlaErrors.FORBIDDEN, rejected.reason());
        }
    }

    private static TeleradException stale(String facilityCode, int current) {
        return TeleradException.preconditionFailed(SlaErrors.STALE_VERSION, "The contract of " + facilityCode
                + " is at version " + current + " now; read it again and revise that version");
    }
}
