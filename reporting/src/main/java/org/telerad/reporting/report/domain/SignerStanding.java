package org.telerad.reporting.report.domain;

import java.util.List;

import org.telerad.registry.api.EligibilityRejection;

/**
 * What the registry said about the signer at the instant of signing: unknown (no registry record for the
 * account), eligible, or excluded with every rule that excluded them.
 */
public record SignerStanding(boolean known, boolean eligible, List<EligibilityRejection> rejections) {

    public SignerStanding {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }

    public static SignerStanding eligibleNow() {
        return new SignerStanding(true, true, List.of());
    }

    public static SignerStanding excluded(List<EligibilityRejection> rejections) {
        return new SignerStanding(true, false, rejections);
    }

    public static SignerStanding unknown() {
        return new SignerStanding(false, false, List.of());
    }

    /** True when one of the rejections carries a code starting with one of {@code prefixes}. */
    boolean rejectedWith(String... prefixes) {
        for (EligibilityRejection r : rejections) {
            for (String p : prefixes) {
                if (r.code().startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reasons whose code starts with one of {@code prefixes}, joined for a person to read. */
    String reasons(String... prefixes) {
        StringBuilder b = new StringBuilder();
        for (EligibilityRejection r : rejections) {
            for (String p : prefixes) {
                if (r.code().startsWith(p)) {
                    b.append(b.length() == 0 ? "" : " ").append(r.reason());
                    break;
                }
            }
        }
        return b.toString();
    }
}
