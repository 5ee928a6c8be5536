package org.telerad.reporting.delivery.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.SealedSecret;
import org.telerad.reporting.delivery.channel.domain.SecretBox;
import org.telerad.shared.problem.TeleradException;

/**
 * {@link SecretBox} with Google Tink's AEAD: AES-256-GCM (12-byte random nonce, 16-byte tag), Tink's ciphertext
 * format (a 5-byte prefix naming the key, so several keys can be configured during a rotation). The associated data
 * is {@code telerad:delivery_channel.secret:<channel id>}: a ciphertext opens only for the channel it was sealed for.
 *
 * <p>Keys are 256-bit AES keys given in base64 (e.g. {@code openssl rand -base64 32}): the current key seals, the
 * current and previous keys open. A key's id is derived from the key itself (first four bytes of its SHA-256), so
 * the same key always has the same id on every node. Without a key the box is {@linkplain #unavailable(String)
 * unavailable}: nothing is sealed or opened, and every call says why. Immutable and thread safe.
 */
public final class TinkSecretBox implements SecretBox {

    private static final int KEY_BYTES = 32;
    private static final String PURPOSE = "telerad:delivery_channel.secret:";

    private final Aead aead;
    private final int currentKeyId;
    private final String unavailable;

    private TinkSecretBox(Aead aead, int currentKeyId, String unavailable) {
        this.aead = aead;
        this.currentKeyId = currentKeyId;
        this.unavailable = unavailable;
    }

    /**
     * A box sealing with {@code currentKey} and opening with it and {@code previousKeys} (all base64, 32 bytes).
     *
     * @throws IllegalArgumentException naming {@code what} (never the value) when a key is malformed
     */
    public static TinkSecretBox withKeys(String currentKey, List<String> previousKeys) {
        try {
            List<byte[]> keys = new ArrayList<>();
            keys.add(decode(currentKey, "the current key"));
            for (String previous : previousKeys) {
                keys.add(decode(previous, "a previous key"));
            }
            KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
            Set<Integer> ids = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                int id = keyId(keys.get(i));
                if (!ids.add(id)) {
                    continue; // the same key twice (e.g. still listed as previous): once is enough
                }
                KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(aesGcm(keys.get(i), id));
                keyset.addEntry(i == 0 ? entry.makePrimary() : entry);
            }
            Aead aead = keyset.build().getPrimitive(ConfigurationV0.get(), Aead.class);
            return new TinkSecretBox(aead, keyId(keys.get(0)), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the secrets keys could not be loaded: " + e.getClass().getSimpleName());
        }
    }

    /** A box without keys: every seal and open fails with {@code reason}. */
    public static TinkSecretBox unavailable(String reason) {
        return new TinkSecretBox(null, 0, reason);
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    @Override
    public SealedSecret seal(UUID channelId, String secret) {
        requireKey();
        try {
            byte[] ciphertext = aead.encrypt(secret.getBytes(StandardCharsets.UTF_8), associatedData(channelId));
            return new SealedSecret(Base64.getEncoder().encodeToString(ciphertext), currentKeyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing a channel secret failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String open(UUID channelId, SealedSecret sealed) {
        requireKey();
        try {
            byte[] clear = aead.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), associatedData(channelId));
            return new String(clear, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TeleradException(TeleradException.Kind.UNPROCESSABLE, DeliveryErrors.SECRET_UNREADABLE,
                    "the channel's stored secret does not open with this server's secrets keys (sealed with key "
                            + Integer.toUnsignedString(sealed.keyId()) + ", or for another channel); enter the"
                            + " secret again");
        }
    }

    @Override
    public boolean sealedWithCurrentKey(SealedSecret sealed) {
        return unavailable == null && sealed.keyId() == currentKeyId;
    }

    /** The id of the current key (unsigned in messages), for the startup log. */
    public String currentKeyId() {
        return Integer.toUnsignedString(currentKeyId);
    }

    private void requireKey() {
        if (unavailable != null) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, DeliveryErrors.SECRETS_KEY_MISSING,
                    unavailable);
        }
    }

    private static byte[] associatedData(UUID channelId) {
        return (PURPOSE + channelId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64, String what) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(what + " must be " + KEY_BYTES + " bytes (256 bits) in base64, not "
                    + key.length + " bytes");
        }
        return key;
    }

    static int keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return (digest[0] & 0xff) << 24 | (digest[1] & 0xff) << 16 | (digest[2] & 0xff) << 8 | digest[3] & 0xff;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static AesGcmKey aesGcm(byte[] key, int id) throws GeneralSecurityException {
        AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12)
                .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.TINK).build();
        return AesGcmKey.builder().setParameters(parameters)
                .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get())).setIdRequirement(id).build();
    }
}
