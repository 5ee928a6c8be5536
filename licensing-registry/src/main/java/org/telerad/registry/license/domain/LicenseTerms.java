package org.telerad.registry.license.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.domain.Validity;
import org.telerad.shared.problem.TeleradException;

/** What a license says: where, which number, which type, for which days, and its verification if any. */
public record LicenseTerms(Jurisdiction jurisdiction, String number, LicenseType type, Validity validity,
        Verification verification) {

    public LicenseTerms {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validity, "validity");
        number = number(number);
    }

    public static String number(String number) {
        if (number == null || number.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "number", "the license number is required");
        }
        String n = number.strip();
        if (n.length() > 64) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "number",
                    "the license number is longer than 64 characters");
        }
        return n;
    }

    public Optional<Verification> verified() {
        return Optional.ofNullable(verification);
    }

    public List<String> changedFields(LicenseTerms other) {
        List<String> changed = new ArrayList<>();
        if (!jurisdiction.equals(other.jurisdiction)) {
            changed.add("jurisdiction");
        }
        if (!number.equals(other.number)) {
            changed.add("number");
        }
        if (type != other.type) {
            changed.add("type");
        }
        if (!validity.validFrom().equals(other.validity.validFrom())) {
            changed.add("validFrom");
        }
        if (!Objects.equals(validity.validTo(), other.validity.validTo())) {
            changed.add("validTo");
        }
        if (!Objects.equals(verification, other.verification)) {
            changed.add("verification");
        }
        return changed;
    }
}
