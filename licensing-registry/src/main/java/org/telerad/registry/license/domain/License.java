package org.telerad.registry.license.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.shared.problem.TeleradException;

/**
 * A radiologist's license to practise in one jurisdiction: the aggregate root for its status and validity.
 *
 * <p>Life cycle: {@link #issue issued} ACTIVE; {@link #suspend() suspended} and {@link #reinstate()
 * reinstated} by the board; {@link #revoke() revoked} for good (no verb leaves REVOKED); {@link #renew renewed}
 * to a later end date unless revoked. Whether it has expired is derived from its dates at an instant
 * ({@link #hasExpiredAt(Instant)}), never stored. {@code version} is the REST ETag. Not thread-safe.
 */
public final class License {

    static final String TRANSITION = "TELERAD-REGISTRY-051";

    private final LicenseId id;
    private final RadiologistId radiologist;
    private LicenseTerms terms;
    private LicenseStatus status;
    private final long version;

    private License(LicenseId id, RadiologistId radiologist, LicenseTerms terms, LicenseStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.radiologist = Objects.requireNonNull(radiologist, "radiologist");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    public static License issue(LicenseId id, RadiologistId radiologist, LicenseTerms terms) {
        return new License(id, radiologist, terms, LicenseStatus.ACTIVE, 0);
    }

    public static License restore(LicenseId id, RadiologistId radiologist, LicenseTerms terms, LicenseStatus status,
            long version) {
        return new License(id, radiologist, terms, status, version);
    }

    /** Corrects what the license says; answers the names of the fields that changed. */
    public List<String> revise(LicenseTerms revised) {
        List<String> changed = terms.changedFields(revised);
        terms = revised;
        return changed;
    }

    public void suspend() {
        if (status != LicenseStatus.ACTIVE) {
            throw refused("suspend", "only an active license can be suspended");
        }
        status = LicenseStatus.SUSPENDED;
    }

    public void reinstate() {
        if (status != LicenseStatus.SUSPENDED) {
            throw refused("reinstate", "only a suspended license can be reinstated");
        }
        status = LicenseStatus.ACTIVE;
    }

    public void revoke() {
        if (status == LicenseStatus.REVOKED) {
            throw refused("revoke", "the license is already revoked");
        }
        status = LicenseStatus.REVOKED;
    }

    /** Extends the license to {@code newValidTo}, optionally recording a fresh verification. */
    public void renew(LocalDate newValidTo, Verification verification) {
        if (status == LicenseStatus.REVOKED) {
            throw refused("renew", "a revoked license cannot be renewed");
        }
        Objects.requireNonNull(newValidTo, "newValidTo");
        LocalDate current = terms.validity().validTo();
        if (current != null && !newValidTo.isAfter(current)) {
            throw TeleradException.invalid("TELERAD-REGISTRY-012", "validTo",
                    "a renewal must end after the current validTo (" + current + ")");
        }
        terms = new LicenseTerms(terms.jurisdiction(), terms.number(), terms.type(),
                terms.validity().extendedTo(newValidTo), verification != null ? verification : terms.verification());
    }

    /** Expired once its last valid day lies before the day of {@code at}; status does not matter. */
    public boolean hasExpiredAt(Instant at) {
        return terms.validity().hasExpiredAt(at);
    }

    /** Active and within its dates at {@code at}. */
    public boolean isInForceAt(Instant at) {
        return status == LicenseStatus.ACTIVE && terms.validity().coversInstant(at);
    }

    private TeleradException refused(String verb, String why) {
        return TeleradException.conflict(TRANSITION, "Cannot " + verb + " license " + id + ": " + why
                + " (it is " + status + ")");
    }

    public LicenseId id() {
        return id;
    }

    public RadiologistId radiologist() {
        return radiologist;
    }

    public LicenseTerms terms() {
        return terms;
    }

    public LicenseStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Validity validity() {
        return terms.validity();
    }
}
