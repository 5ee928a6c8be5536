package org.telerad.reporting.delivery.channel.domain;

import java.util.Optional;
import java.util.UUID;

import org.telerad.shared.problem.TeleradException;

/**
 * Seals channel secrets for storage and opens them again (port; the adapter is
 * {@code org.telerad.reporting.delivery.secrets.TinkSecretBox}, AES-256-GCM with a key from outside the database).
 * The channel id is the associated data: a secret opens only for the channel it was sealed for. Implementations
 * are thread safe and never log or put a secret or a key into an exception message.
 */
public interface SecretBox {

    /** Why this node can neither seal nor open secrets (no key configured), or empty when it can. */
    Optional<String> unavailable();

    /**
     * Seals {@code secret} for the channel with the current key.
     *
     * @throws TeleradException {@code TELERAD-DELIVERY-012} (unavailable) when there is no key
     */
    SealedSecret seal(UUID channelId, String secret);

    /**
     * Opens a secret sealed for the channel.
     *
     * @throws TeleradException {@code TELERAD-DELIVERY-012} when there is no key, {@code TELERAD-DELIVERY-013} when
     *         the ciphertext does not open with the configured keys for this channel
     */
    String open(UUID channelId, SealedSecret sealed);

    /** Whether the secret was sealed with the current key (else it is sealed again at startup). */
    boolean sealedWithCurrentKey(SealedSecret sealed);
}
