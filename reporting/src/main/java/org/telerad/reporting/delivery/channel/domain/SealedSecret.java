package org.telerad.reporting.delivery.channel.domain;

import java.util.Objects;

/**
 * A channel secret as stored: the AEAD ciphertext (base64) and the id of the key that sealed it. Opening it needs
 * the same key and the id of the channel it was sealed for (the associated data), so a ciphertext copied to another
 * channel's row does not open.
 */
public record SealedSecret(String ciphertext, int keyId) {

    public SealedSecret {
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (ciphertext.isBlank()) {
            throw new IllegalArgumentException("empty ciphertext");
        }
    }

    @Override
    public String toString() {
        return "SealedSecret[key " + Integer.toUnsignedString(keyId) + "]";
    }
}
