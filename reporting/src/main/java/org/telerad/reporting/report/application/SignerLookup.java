package org.telerad.reporting.report.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.registry.api.ReadType;
import org.telerad.reporting.report.domain.Signer;
import org.telerad.reporting.report.domain.SignerStanding;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.shared.problem.TeleradException;

/**
 * Asks the registry, at the instant of signing, whether the signer may sign this read: licensed in the patient's
 * jurisdiction and privileged at the task's facility for its modality and the read type being signed. The signer
 * is found by their Keycloak username among the eligible radiologists, else among the excluded ones (with every
 * rule that excluded them).
 */
@ApplicationScoped
public class SignerLookup {

    /** The registry's answer about one signer. */
    public record Answer(SignerStanding standing, Signer signer) {
    }

    @Inject
    Eligibility eligibility;

    @Inject
    RadiologistDirectory directory;

    public SignerLookup() {
    }

    public SignerLookup(Eligibility eligibility, RadiologistDirectory directory) {
        this.eligibility = eligibility;
        this.directory = directory;
    }

    public Answer at(String username, TaskForReporting task, ReadType readType, Instant at) {
        if (task.facilityCode() == null) {
            throw TeleradException.conflict("TELERAD-REPORT-046", "The task has no facility yet, so the signer's"
                    + " license and privilege cannot be checked; it cannot be signed until its facility is known.");
        }
        Modality modality = Modality.of(task.modality() == null || task.modality().isBlank() ? "OT" : task.modality());
        EligibilityResult result = eligibility.evaluate(EligibilityQuery.of(task.facilityCode(), modality, readType,
                at));
        for (EligibilityResult.Eligible e : result.eligible()) {
            if (username.equals(e.username())) {
                String npi = directory.find(e.radiologistId()).map(RadiologistDirectory.Entry::npi).orElse(null);
                return new Answer(SignerStanding.eligibleNow(), new Signer(username, e.radiologistId(), e.name(), npi));
            }
        }
        for (EligibilityResult.Excluded x : result.excluded()) {
            Optional<RadiologistDirectory.Entry> entry = directory.find(x.radiologistId());
            if (entry.isPresent() && username.equals(entry.get().username())) {
                return new Answer(SignerStanding.excluded(x.rejections()),
                        new Signer(username, x.radiologistId(), x.name(), entry.get().npi()));
            }
        }
        return new Answer(SignerStanding.unknown(), null);
    }
}
