package org.telerad.routing.archive.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.routing.archive.application.ArchiveDetails.CredentialDetails;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;

class ArchiveAdministrationTest {

    static final String TOKEN = "dcm4chee-token-0123456789abcdef0123456789";

    final InMemoryArchives archives = new InMemoryArchives();
    final List<AuditRecord> audited = new ArrayList<>();
    final ArchiveAdministration administration = new ArchiveAdministration(archives, audited::add,
            Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    static ArchiveDetails details(String name, CredentialDetails credential) {
        return new ArchiveDetails(name, "http://pacs.example.org:8080/dcm4chee-arc/aets/DCM4CHEE/rs",
                List.of("DCM4CHEE"), null, "Europe/Berlin",
                "http://pacs.example.org:8080/dcm4chee-arc/ui2/#/study/study?StudyInstanceUID={studyInstanceUid}",
                credential);
    }

    @Test
    void an_archive_is_created_with_a_write_only_bearer_token_and_audited_without_it() {
        ArchiveView view = administration.create(details("pacs-berlin", new CredentialDetails("bearer-token", TOKEN,
                null)));

        assertThat(view.credential().kind()).isEqualTo("bearer-token");
        assertThat(view.toString()).doesNotContain(TOKEN);
        assertThat(view.viewerUrlTemplate()).endsWith("{studyInstanceUid}");
        assertThat(archives.byName("pacs-berlin").orElseThrow().credential().acceptsToken(TOKEN)).isTrue();
        assertThat(audited).singleElement().satisfies(r -> assertThat(r.detail()).contains("BEARER_TOKEN")
                .doesNotContain(TOKEN));
    }

    @Test
    void a_revision_without_credential_keeps_it_and_a_stale_version_is_refused() {
        administration.create(details("pacs-keep", new CredentialDetails("basic", null, "basic-password-0123456789")));

        ArchiveView revised = administration.revise("pacs-keep", details("pacs-keep", null), 0L);

        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.credential().kind()).isEqualTo("basic");
        assertThat(revised.credential().basicUser()).isEqualTo("pacs-keep");
        assertThatThrownBy(() -> administration.revise("pacs-keep", details("pacs-keep", null), 0L))
                .isInstanceOf(TeleradException.class).extracting(e -> ((TeleradException) e).kind())
                .isEqualTo(TeleradException.Kind.PRECONDITION_FAILED);
    }

    @Test
    void one_bearer_token_identifies_one_archive_only() {
        administration.create(details("pacs-one", new CredentialDetails("bearer-token", TOKEN, null)));

        assertThatThrownBy(() -> administration.create(details("pacs-two",
                new CredentialDetails("bearer-token", TOKEN, null)))).isInstanceOf(TeleradException.class)
                .extracting(e -> ((TeleradException) e).code()).isEqualTo("TELERAD-ARCHIVE-014");
    }

    @Test
    void a_deactivated_archive_stays_listed_as_inactive() {
        administration.create(details("pacs-old", null));

        ArchiveView deactivated = administration.deactivate("pacs-old", null);

        assertThat(deactivated.active()).isFalse();
        assertThat(administration.list(0, 50).items()).extracting(ArchiveView::name).contains("pacs-old");
    }

    @Test
    void a_viewer_template_without_the_study_placeholder_is_refused() {
        ArchiveDetails bad = new ArchiveDetails("pacs-bad", "http://pacs:8080/dicom-web", List.of(), null, "UTC",
                "http://viewer/?patient=1", null);

        assertThatThrownBy(() -> administration.create(bad)).isInstanceOf(TeleradException.class);
    }
}
