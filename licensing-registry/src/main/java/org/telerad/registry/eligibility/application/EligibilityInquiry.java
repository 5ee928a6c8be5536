package org.telerad.registry.eligibility.application;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.common.domain.Decision;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Answers an eligibility question asked by a person or a service: checks that the caller may ask about that
 * facility, evaluates, and records the answer in the audit trail (it lists radiologists and their
 * credentials, which is personal data).
 */
@ApplicationScoped
public class EligibilityInquiry {

    public static final String FORBIDDEN = "TELERAD-ELIG-004";

    private Eligibility eligibility;
    private AuditTrail audit;
    private CurrentCaller caller;

    protected EligibilityInquiry() {
        // for CDI proxies
    }

    @Inject
    public EligibilityInquiry(Eligibility eligibility, AuditTrail audit, CurrentCaller caller) {
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public EligibilityResult ask(EligibilityQuery query) {
        Caller who = caller.get();
        Decision access = EligibilityAccess.mayAsk(who, query.facilityCode());
        if (access instanceof Decision.Rejected rejected) {
            throw TeleradException.forbidden(FORBIDDEN, rejected.reason());
        }
        EligibilityResult result = eligibility.evaluate(query);
        audit.record(AuditRecord.success(AuditEventType.QUERY, AuditAction.EXECUTE, "Eligibility", null,
                query.facilityCode(), "eligibility for " + query.modality().code() + " " + query.readType().code()
                        + " at " + query.at() + ": " + result.eligible().size() + " eligible, "
                        + result.excluded().size() + " excluded"));
        return result;
    }
}
