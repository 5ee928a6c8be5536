package org.telerad.registry.api;

/**
 * Answers "who may read a study from facility F, modality M, read type R, at instant T" from the
 * credentialing registry, explaining every exclusion. Routing calls this before it scores and assigns.
 *
 * <p>Implementations are thread safe and fast (they evaluate an in-memory snapshot of the registry, kept
 * current when the registry changes); the instant in the query decides expiry, so a license that lapses at
 * midnight stops counting at midnight.
 */
public interface Eligibility {

    /**
     * Evaluates every radiologist of the registry against the query.
     *
     * @throws org.telerad.shared.problem.TeleradException {@code TELERAD-ELIG-001} (not found) when the
     *         facility is unknown, {@code TELERAD-ELIG-002} (unprocessable) when it is deactivated
     */
    EligibilityResult evaluate(EligibilityQuery query);
}
