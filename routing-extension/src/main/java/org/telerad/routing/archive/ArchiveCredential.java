package org.telerad.routing.archive;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.telerad.shared.problem.TeleradException;

/**
 * The static credential an archive calls Telerad's {@code /archive-rs} with, as Telerad keeps it: never the secret
 * itself. A {@link Kind#BEARER_TOKEN bearer token} is kept as the hex SHA-256 of the token (a token is long and
 * random, so a fast hash is enough and lets Telerad find the archive by it); a {@link Kind#BASIC basic-auth}
 * password (user name = the archive's name) as PBKDF2-HMAC-SHA256 with a random salt
 * ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, Base64). Comparisons are constant-time.
 * Immutable; {@link #toString()} never shows the hash.
 */
public record ArchiveCredential(Kind kind, String hash, Instant setAt) {

    /** How the archive presents its credential (dcm4chee web-app properties {@code bearer-token} / {@code basic-auth}). */
    public enum Kind {
        BEARER_TOKEN, BASIC
    }

    static final int ITERATIONS = 120_000;
    private static final int MIN_TOKEN = 32;
    private static final int MIN_PASSWORD = 16;
    private static final int MAX_SECRET = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ArchiveCredential {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(setAt, "setAt");
    }

    /** Keeps the SHA-256 of {@code token}: 32 to 512 visible ASCII characters, no spaces. */
    public static ArchiveCredential bearerToken(String token, Instant at) {
        checkSecret("credential/token", token, MIN_TOKEN, "A bearer token");
        return new ArchiveCredential(Kind.BEARER_TOKEN, tokenHash(token), at);
    }

    /** Keeps a salted PBKDF2 hash of {@code password}: 16 to 512 visible ASCII characters, no spaces. */
    public static ArchiveCredential basic(String password, Instant at) {
        checkSecret("credential/password", password, MIN_PASSWORD, "A basic-auth password");
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new ArchiveCredential(Kind.BASIC, "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(pbkdf2(password, salt, ITERATIONS)), at);
    }

    /** The hex SHA-256 of a presented bearer token (the look-up key of {@link Archives#byTokenHash}). */
    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when this is a bearer-token credential and {@code token} is its token. */
    public boolean acceptsToken(String token) {
        return kind == Kind.BEARER_TOKEN && token != null && MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), tokenHash(token).getBytes(StandardCharsets.US_ASCII));
    }

    /** True when this is a basic-auth credential and {@code password} is its password. */
    public boolean acceptsPassword(String password) {
        if (kind != Kind.BASIC || password == null) {
            return false;
        }
        String[] parts = hash.split("\\$");
        if (parts.length != 4 || !"pbkdf2-sha256".equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ArchiveCredential[" + kind + ", set at " + setAt + "]";
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static void checkSecret(String field, String secret, int min, String what) {
        if (secret == null || secret.length() < min || secret.length() > MAX_SECRET
                || !secret.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-010", field, what + " has " + min + " to " + MAX_SECRET
                    + " visible ASCII characters and no spaces.");
        }
    }
}
