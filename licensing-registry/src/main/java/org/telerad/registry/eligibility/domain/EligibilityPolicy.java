package org.telerad.registry.eligibility.domain;

/**
 * A named eligibility rule. Each policy judges one aspect of a candidate and says {@link Verdict#ALLOWED}
 * or rejects with a {@link RejectionReason} (obtained through {@link ReadContext#reject(RejectionReason)}).
 * Every policy of the ordered list judges every candidate (the hooks below only let the evaluator skip calls
 * whose answer is known, or reuse a verdict for the day), so an exclusion lists every failing rule, not only
 * the first.
 *
 * <p>Contract: stateless and thread safe; fast (it runs for every radiologist of the registry in every
 * decision, so no I/O, no allocation on the hot path); independent of the other policies' verdicts. A
 * policy about the privilege's scope allows when the candidate has no privilege at the facility, because
 * {@link PrivilegedAtFacility} already explains that. New rules (availability, residency) are added by
 * appending a policy to the list given to {@link SnapshotEligibility}; {@link #concerns(ReadContext)} and
 * {@link #judgesPrivilegeScope()} let the evaluator skip calls whose answer is known to be "allowed".
 */
public interface EligibilityPolicy {

    /** The rule's name as explanations show it ({@code LicensedInPatientJurisdiction}). */
    default String name() {
        return getClass().getSimpleName();
    }

    Verdict evaluate(Candidate candidate, ReadContext read);

    /**
     * False when the rule has nothing to say about this question (a subspecialty rule when none is required):
     * then it is not asked about any candidate of the decision. Must be cheap.
     */
    default boolean concerns(ReadContext read) {
        return true;
    }

    /**
     * True for rules about the privilege's scope: they are only asked about candidates holding a privilege at
     * the facility, since for the others they must allow anyway.
     */
    default boolean judgesPrivilegeScope() {
        return false;
    }

    /**
     * True when the verdict depends only on the candidate, the facility and the date there, never on the
     * modality, the read type or the subspecialties asked for (nor do its reason sentences or {@link #concerns}):
     * the evaluator then computes the verdicts of the leading such rules once per facility and day and reuses
     * them for every question about that facility that day.
     */
    default boolean judgesByFacilityAndDateOnly() {
        return false;
    }
}
