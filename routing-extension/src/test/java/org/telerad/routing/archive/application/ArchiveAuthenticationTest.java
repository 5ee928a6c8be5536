package org.telerad.routing.archive.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.routing.archive.ArchiveCredential;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.archive.application.ArchiveAuthentication.Authenticated;
import org.telerad.routing.archive.application.ArchiveAuthentication.Refused;
import org.telerad.routing.archive.application.ArchiveAuthentication.Throttled;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

class ArchiveAuthenticationTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    static final String TOKEN = "dcm4chee-token-0123456789abcdef0123456789";
    static final String PASSWORD = "basic-password-0123456789";

    final InMemoryArchives archives = new InMemoryArchives();
    final List<AuditRecord> audited = new ArrayList<>();
    final AuditTrail audit = audited::add;
    final ArchiveAuthentication authentication = new ArchiveAuthentication(archives, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    ArchiveAuthenticationTest() {
        archives.addIfAbsent(archive("token-archive", ArchiveCredential.bearerToken(TOKEN, NOW)));
        archives.addIfAbsent(archive("basic-archive", ArchiveCredential.basic(PASSWORD, NOW)));
    }

    @Test
    void a_static_bearer_token_identifies_its_archive() {
        var outcome = authentication.authenticate("Bearer " + TOKEN, "10.0.0.1");

        assertThat(outcome).isInstanceOf(Authenticated.class);
        assertThat(((Authenticated) outcome).archive().name()).isEqualTo("token-archive");
        assertThat(audited).isEmpty();
    }

    @Test
    void basic_auth_with_the_archive_name_as_user_identifies_its_archive() {
        var outcome = authentication.authenticate(basic("basic-archive", PASSWORD), "10.0.0.1");

        assertThat(outcome).isInstanceOf(Authenticated.class);
        assertThat(((Authenticated) outcome).archive().name()).isEqualTo("basic-archive");
        assertThat(authentication.authenticate(basic("basic-archive", PASSWORD), "10.0.0.1"))
                .isInstanceOf(Authenticated.class);
    }

    @Test
    void a_wrong_token_a_wrong_password_an_unknown_user_or_no_header_are_refused() {
        assertThat(authentication.authenticate("Bearer " + TOKEN + "0", "10.0.0.2")).isInstanceOf(Refused.class);
        assertThat(authentication.authenticate(basic("basic-archive", PASSWORD + "0"), "10.0.0.2"))
                .isInstanceOf(Refused.class);
        assertThat(authentication.authenticate(basic("nobody", PASSWORD), "10.0.0.2")).isInstanceOf(Refused.class);
        assertThat(authentication.authenticate(basic("token-archive", TOKEN), "10.0.0.2")).isInstanceOf(Refused.class);
        assertThat(authentication.authenticate(null, "10.0.0.2")).isInstanceOf(Refused.class);
        assertThat(authentication.authenticate("Digest abc", "10.0.0.2")).isInstanceOf(Refused.class);
    }

    @Test
    void a_deactivated_archive_is_refused_with_its_right_credential() {
        ConfiguredArchive stored = archives.byName("token-archive").orElseThrow();
        archives.replace(stored.deactivated(), stored.version());

        assertThat(authentication.authenticate("Bearer " + TOKEN, "10.0.0.3")).isInstanceOf(Refused.class);
    }

    @Test
    void the_first_failure_is_audited_without_the_secret_and_ten_failures_throttle_the_address() {
        for (int i = 0; i < ArchiveAuthentication.MAX_FAILURES; i++) {
            authentication.authenticate(basic("basic-archive", "wrong-password-" + i + "-xxxxxxxx"), "10.0.0.4");
        }

        assertThat(authentication.authenticate(basic("basic-archive", PASSWORD), "10.0.0.4"))
                .isInstanceOf(Throttled.class);
        assertThat(authentication.authenticate(basic("basic-archive", PASSWORD), "10.0.0.5"))
                .isInstanceOf(Authenticated.class);
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0).outcome()).isEqualTo(AuditOutcome.MINOR_FAILURE);
        assertThat(audited.get(0).detail()).contains("basic user basic-archive").doesNotContain("wrong-password");
        assertThat(audited.get(1).outcome()).isEqualTo(AuditOutcome.SERIOUS_FAILURE);
        assertThat(audited.get(1).detail()).contains("throttled");
    }

    static ConfiguredArchive archive(String name, ArchiveCredential credential) {
        return new ConfiguredArchive(name, URI.create("http://127.0.0.1:1/dicom-web"), List.of("AE1"), null,
                ZoneId.of("UTC"), credential, null, true, 0);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
