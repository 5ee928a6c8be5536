package org.telerad.registry.license.application;

/**
 * The command to add or correct a license: raw values validated into one answer naming every bad field.
 * {@code jurisdiction} is an ISO 3166-1/-2 code ({@code US-TX}); {@code type} one of full, telemedicine,
 * temporary, imlc; dates are ISO-8601 ({@code 2027-06-30}); {@code validTo} may be absent (open-ended);
 * {@code verification} may be absent (not yet verified).
 */
public record LicenseDetails(String jurisdiction, String number, String type, String validFrom, String validTo,
        VerificationData verification) {
}
