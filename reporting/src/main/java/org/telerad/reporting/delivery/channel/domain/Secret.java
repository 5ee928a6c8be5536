package org.telerad.reporting.delivery.channel.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.shared.problem.TeleradException;

/**
 * A credential of a channel (bearer token, password, client secret). Write-only towards people: it is stored,
 * handed to the channel adapter, and never printed, logged, audited or returned by the REST API.
 *
 * <p>Either entered in clear by an administrator ({@link #of}), or as stored: sealed for one channel
 * ({@link #stored}) and opened by the {@link SecretBox} each time it is {@linkplain #reveal() revealed}, so the
 * clear value lives in memory only while an adapter authenticates with it. A stored secret that cannot be opened
 * (no key on this node, another key) still exists: it shows as set, is kept by an update that leaves it out, and
 * {@link #reveal()} says why it cannot be used.
 */
public final class Secret {

    static final int MAX_LENGTH = 4096;

    private final String value;
    private final UUID channelId;
    private final SealedSecret sealed;
    private final SecretBox box;

    private Secret(String value, UUID channelId, SealedSecret sealed, SecretBox box) {
        this.value = value;
        this.channelId = channelId;
        this.sealed = sealed;
        this.box = box;
    }

    /** A secret; rejects blank or oversized values (the message names the field, never the value). */
    public static Secret of(String field, String value) {
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, field, field + " is required");
        }
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c < 0x20)) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, field,
                    field + " must be at most " + MAX_LENGTH + " printable characters");
        }
        return new Secret(value, null, null, null);
    }

    /** A secret as stored for {@code channelId}, opened by {@code box} when revealed. */
    public static Secret stored(UUID channelId, SealedSecret sealed, SecretBox box) {
        return new Secret(null, Objects.requireNonNull(channelId, "channelId"), Objects.requireNonNull(sealed, "sealed"),
                Objects.requireNonNull(box, "box"));
    }

    /**
     * A secret an older Telerad stored unencrypted: usable only on a node that has a secrets key (such secrets are
     * sealed at startup), so that a node without a key never works with clear secrets from the database.
     */
    public static Secret storedUnencrypted(String value, SecretBox box) {
        Objects.requireNonNull(box, "box");
        return new Secret(Objects.requireNonNull(value, "value"), null, null, box);
    }

    /**
     * The value, for the adapter that authenticates with it.
     *
     * @throws TeleradException {@code TELERAD-DELIVERY-012} / {@code -013} when a stored secret cannot be opened
     */
    public String reveal() {
        if (sealed != null) {
            return box.open(channelId, sealed);
        }
        if (box != null && box.unavailable().isPresent()) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, DeliveryErrors.SECRETS_KEY_MISSING,
                    "the channel's secret is stored unencrypted and is not used: " + box.unavailable().get());
        }
        return value;
    }

    /** The stored form when this secret is stored sealed for {@code channel}, else empty (it must be sealed). */
    public Optional<SealedSecret> sealedFor(UUID channel) {
        return sealed != null && channelId.equals(channel) ? Optional.of(sealed) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && Objects.equals(s.value, value) && Objects.equals(s.channelId, channelId)
                && Objects.equals(s.sealed, sealed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, channelId, sealed);
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
