package org.telerad.reporting.delivery.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.SealedSecret;
import org.telerad.reporting.delivery.testing.SecretKeys;
import org.telerad.shared.problem.TeleradException;

class TinkSecretBoxTest {

    private static final UUID DALLAS_EHR = UUID.fromString("6f1c2a52-0000-4000-8000-000000000001");
    private static final UUID HOUSTON_EHR = UUID.fromString("6f1c2a52-0000-4000-8000-000000000002");

    private final TinkSecretBox box = SecretKeys.box();

    @Test
    void a_sealed_secret_opens_again_for_its_channel() {
        SealedSecret sealed = box.seal(DALLAS_EHR, "client-secret-ü");

        assertThat(box.open(DALLAS_EHR, sealed)).isEqualTo("client-secret-ü");
        assertThat(sealed.ciphertext()).doesNotContain("client-secret");
        assertThat(box.sealedWithCurrentKey(sealed)).isTrue();
    }

    @Test
    void sealing_the_same_secret_twice_gives_different_ciphertexts() {
        assertThat(box.seal(DALLAS_EHR, "s3cr3t").ciphertext()).isNotEqualTo(box.seal(DALLAS_EHR, "s3cr3t")
                .ciphertext());
    }

    @Test
    void a_secret_copied_to_another_channel_does_not_open() {
        SealedSecret sealed = box.seal(DALLAS_EHR, "s3cr3t");

        assertThatThrownBy(() -> box.open(HOUSTON_EHR, sealed)).isInstanceOfSatisfying(TeleradException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(DeliveryErrors.SECRET_UNREADABLE);
                    assertThat(e.getMessage()).doesNotContain("s3cr3t");
                });
    }

    @Test
    void a_tampered_ciphertext_does_not_open() {
        SealedSecret sealed = box.seal(DALLAS_EHR, "s3cr3t");
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 1] ^= 1;
        SealedSecret tampered = new SealedSecret(java.util.Base64.getEncoder().encodeToString(bytes), sealed.keyId());

        assertThatThrownBy(() -> box.open(DALLAS_EHR, tampered)).isInstanceOf(TeleradException.class);
    }

    @Test
    void after_a_rotation_the_previous_key_still_opens_and_the_new_one_seals() {
        SealedSecret underOldKey = box.seal(DALLAS_EHR, "s3cr3t");
        TinkSecretBox rotated = TinkSecretBox.withKeys(SecretKeys.NEXT, List.of(SecretKeys.CURRENT));

        assertThat(rotated.open(DALLAS_EHR, underOldKey)).isEqualTo("s3cr3t");
        assertThat(rotated.sealedWithCurrentKey(underOldKey)).isFalse();
        SealedSecret underNewKey = rotated.seal(DALLAS_EHR, "s3cr3t");
        assertThat(rotated.sealedWithCurrentKey(underNewKey)).isTrue();
        assertThat(underNewKey.keyId()).isNotEqualTo(underOldKey.keyId());
        assertThatThrownBy(() -> box.open(DALLAS_EHR, underNewKey)).isInstanceOf(TeleradException.class);
    }

    @Test
    void without_the_old_key_a_secret_sealed_with_it_does_not_open() {
        SealedSecret underOldKey = box.seal(DALLAS_EHR, "s3cr3t");

        assertThatThrownBy(() -> TinkSecretBox.withKeys(SecretKeys.NEXT, List.of()).open(DALLAS_EHR, underOldKey))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.SECRET_UNREADABLE));
    }

    @Test
    void without_a_key_in_the_environment_nothing_is_sealed_and_the_reason_names_the_variable() {
        TinkSecretBox none = EnvironmentSecretKeys.from(Map.<String, String>of()::get);

        assertThat(none.unavailable()).hasValueSatisfying(r -> assertThat(r).contains("TELERAD_SECRETS_KEY"));
        assertThatThrownBy(() -> none.seal(DALLAS_EHR, "s3cr3t")).isInstanceOfSatisfying(TeleradException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(DeliveryErrors.SECRETS_KEY_MISSING);
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.UNAVAILABLE);
                });
        assertThatThrownBy(() -> none.open(DALLAS_EHR, box.seal(DALLAS_EHR, "s3cr3t")))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.SECRETS_KEY_MISSING));
    }

    @Test
    void a_malformed_key_makes_the_box_unavailable_without_printing_the_key() {
        TinkSecretBox shortKey = EnvironmentSecretKeys.from(Map.of("TELERAD_SECRETS_KEY", "c2hvcnQta2V5")::get);
        TinkSecretBox notBase64 = EnvironmentSecretKeys.from(Map.of("TELERAD_SECRETS_KEY", "not base64 at all!")::get);

        assertThat(shortKey.unavailable()).hasValueSatisfying(r -> assertThat(r).contains("32 bytes")
                .doesNotContain("c2hvcnQta2V5"));
        assertThat(notBase64.unavailable()).hasValueSatisfying(r -> assertThat(r).contains("base64")
                .doesNotContain("at all"));
    }

    @Test
    void the_key_is_read_from_the_environment_or_from_a_key_file(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("secrets-key"), SecretKeys.CURRENT + "\n");
        SealedSecret sealed = box.seal(DALLAS_EHR, "s3cr3t");

        TinkSecretBox fromVariable = EnvironmentSecretKeys.from(Map.of("TELERAD_SECRETS_KEY", SecretKeys.CURRENT)::get);
        TinkSecretBox fromFile = EnvironmentSecretKeys.from(Map.of("TELERAD_SECRETS_KEY_FILE", file.toString())::get);
        TinkSecretBox rotating = EnvironmentSecretKeys.from(Map.of("TELERAD_SECRETS_KEY", SecretKeys.NEXT,
                "TELERAD_SECRETS_PREVIOUS_KEYS", "  " + SecretKeys.CURRENT + " ,")::get);

        assertThat(fromVariable.open(DALLAS_EHR, sealed)).isEqualTo("s3cr3t");
        assertThat(fromFile.open(DALLAS_EHR, sealed)).isEqualTo("s3cr3t");
        assertThat(rotating.open(DALLAS_EHR, sealed)).isEqualTo("s3cr3t");
        assertThat(rotating.sealedWithCurrentKey(sealed)).isFalse();
    }
}
