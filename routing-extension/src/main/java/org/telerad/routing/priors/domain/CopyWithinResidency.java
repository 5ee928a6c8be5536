package org.telerad.routing.priors.domain;

import java.util.Objects;

/**
 * Residency rule for prior copies (GDPR, DOMAIN.md): data of a facility whose residency region is {@code EU}
 * may only be copied to an archive whose residency region is {@code EU}; an archive with no region configured
 * counts as outside. Other facilities' priors may be copied anywhere. Reading a study where it is is not a
 * copy and is not judged here.
 */
public final class CopyWithinResidency {

    /** The verdict, with the reason when rejected. */
    public sealed interface Verdict {
    }

    public record Allowed() implements Verdict {
    }

    public record Rejected(String reason) implements Verdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Verdict evaluate(String facilityRegion, PriorsSource destination) {
        if (!"EU".equals(facilityRegion)) {
            return new Allowed();
        }
        if ("EU".equals(destination.residencyRegion())) {
            return new Allowed();
        }
        String where = destination.residencyRegion() == null ? "an archive with no residency region configured"
                : "an archive in residency region " + destination.residencyRegion();
        return new Rejected("The facility's data must stay in the EU: no copy to " + where + " ('"
                + destination.archiveName() + "')");
    }
}
