package org.telerad.sla.contract.application;

import java.time.Duration;
import java.util.List;

import org.telerad.sla.contract.domain.ClockStart;
import org.telerad.sla.contract.domain.EscalationStep;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.contract.domain.TurnaroundTarget;

/**
 * The terms a credentialing admin stores as a facility's next contract version. A term left out (null) takes the
 * default ({@link TurnaroundContract#defaultsFor}); the contract built from them validates itself.
 */
public record ContractTerms(List<TurnaroundTarget> targets, Duration ceiling, Double warningShare,
        ClockStart clockStart, List<EscalationStep> ladder, Duration maximumWait) {

    /** The contract these terms make as {@code version} of {@code facilityCode}; refused when invalid. */
    public TurnaroundContract asVersion(String facilityCode, int version) {
        TurnaroundContract d = TurnaroundContract.defaultsFor(facilityCode);
        return new TurnaroundContract(facilityCode, version, targets == null ? d.targets() : targets,
                ceiling == null ? d.ceiling() : ceiling, warningShare == null ? d.warningShare() : warningShare,
                clockStart == null ? d.clockStart() : clockStart, ladder == null ? d.ladder() : ladder,
                maximumWait == null ? d.maximumWait() : maximumWait);
    }
}
