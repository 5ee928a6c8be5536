package org.telerad.routing.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;

class ArchiveCredentialTest {

    static final String TOKEN = "tok-0123456789abcdef0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    @Test
    void a_bearer_token_is_kept_as_its_sha256_and_accepted_only_when_equal() {
        ArchiveCredential credential = ArchiveCredential.bearerToken(TOKEN, NOW);

        assertThat(credential.hash()).hasSize(64).doesNotContain(TOKEN).isEqualTo(ArchiveCredential.tokenHash(TOKEN));
        assertThat(credential.acceptsToken(TOKEN)).isTrue();
        assertThat(credential.acceptsToken(TOKEN + "x")).isFalse();
        assertThat(credential.acceptsPassword(TOKEN)).isFalse();
    }

    @Test
    void a_basic_password_is_kept_salted_and_verified_with_pbkdf2() {
        ArchiveCredential one = ArchiveCredential.basic("correct-horse-battery", NOW);
        ArchiveCredential two = ArchiveCredential.basic("correct-horse-battery", NOW);

        assertThat(one.hash()).startsWith("pbkdf2-sha256$" + ArchiveCredential.ITERATIONS + "$")
                .doesNotContain("correct-horse").isNotEqualTo(two.hash());
        assertThat(one.acceptsPassword("correct-horse-battery")).isTrue();
        assertThat(one.acceptsPassword("correct-horse-batterx")).isFalse();
        assertThat(one.acceptsToken("correct-horse-battery")).isFalse();
    }

    @Test
    void short_or_spaced_secrets_are_refused_and_never_echoed() {
        assertThatThrownBy(() -> ArchiveCredential.bearerToken("short", NOW)).isInstanceOf(TeleradException.class)
                .hasMessageNotContaining("short").extracting(e -> ((TeleradException) e).code())
                .isEqualTo("TELERAD-ARCHIVE-010");
        assertThatThrownBy(() -> ArchiveCredential.basic("has a space in it ok", NOW))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void its_text_form_shows_neither_secret_nor_hash() {
        ArchiveCredential credential = ArchiveCredential.bearerToken(TOKEN, NOW);

        assertThat(credential.toString()).doesNotContain(credential.hash()).contains("BEARER_TOKEN");
    }
}
