package org.telerad.registry.radiologist.domain;

import java.util.Objects;

import org.telerad.shared.problem.TeleradException;

/**
 * A US National Provider Identifier: ten digits whose last is a Luhn check digit computed over the
 * card-issuer prefix 80840 followed by the first nine digits (45 CFR 162.406).
 */
public record Npi(String value) {

    /** The FHIR identifier system of the NPI. */
    public static final String SYSTEM = "http://hl7.org/fhir/sid/us-npi";

    public Npi {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{10}")) {
            throw TeleradException.invalid("TELERAD-REGISTRY-011", "npi", "an NPI has exactly 10 digits");
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw TeleradException.invalid("TELERAD-REGISTRY-011", "npi",
                    "'" + value + "' is not a valid NPI: its check digit does not match");
        }
    }

    public static Npi of(String value) {
        if (value == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-011", "npi", "an NPI is required");
        }
        return new Npi(value.strip());
    }

    /** The Luhn check digit for nine NPI digits, prefixed with 80840. */
    static int checkDigit(String nineDigits) {
        String digits = "80840" + nineDigits;
        int sum = 0;
        boolean dbl = true; // the rightmost digit of the payload is doubled when the check digit is appended
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    /** Completes nine digits into a valid NPI (fixtures and demo data). */
    public static Npi withCheckDigit(String nineDigits) {
        return new Npi(nineDigits + checkDigit(nineDigits));
    }

    @Override
    public String toString() {
        return value;
    }
}
