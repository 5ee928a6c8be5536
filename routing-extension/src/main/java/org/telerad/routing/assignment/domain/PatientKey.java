package org.telerad.routing.assignment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/**
 * A pseudonymous key for one patient, used for continuity (the same reader for the same patient's open
 * tasks): the SHA-256 of the Patient ID and its Issuer, never the ID itself, so it can appear in decisions,
 * tables and logs. {@link #toString()} shows only a prefix. Patient IDs have little entropy, so the key is
 * pseudonymous, not anonymous: it is still treated as personal data in exports.
 */
public record PatientKey(String hash) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PatientKey {
        Objects.requireNonNull(hash, "hash");
        if (!HEX.matcher(hash).matches()) {
            throw TeleradException.invalid(RoutingCodes.INVALID_REQUEST, "patientKey",
                    "a patient key is 64 lower-case hexadecimal digits (SHA-256)");
        }
    }

    /** The key of Patient ID {@code patientId} issued by {@code issuer} (may be empty or null). */
    public static PatientKey of(String patientId, String issuer) {
        if (patientId == null || patientId.isBlank()) {
            throw TeleradException.invalid(RoutingCodes.INVALID_REQUEST, "patientId", "a patient ID is required");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("telerad-patient-key:v1\n".getBytes(StandardCharsets.UTF_8));
            sha.update(patientId.strip().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update((issuer == null ? "" : issuer.strip()).getBytes(StandardCharsets.UTF_8));
            return new PatientKey(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "patient:" + hash.substring(0, 12);
    }
}
