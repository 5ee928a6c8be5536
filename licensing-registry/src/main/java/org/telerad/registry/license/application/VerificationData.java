package org.telerad.registry.license.application;

/** Primary-source verification as interfaces send it: an ISO-8601 instant (or date) and who verified. */
public record VerificationData(String verifiedAt, String verifiedBy) {
}
