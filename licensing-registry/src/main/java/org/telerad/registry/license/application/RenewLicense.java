package org.telerad.registry.license.application;

/** The command to renew a license to a later {@code validTo}, optionally with a fresh verification. */
public record RenewLicense(String validTo, VerificationData verification) {
}
