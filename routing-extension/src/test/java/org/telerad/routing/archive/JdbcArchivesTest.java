package org.telerad.routing.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;

@ExtendWith(RoutingTables.class)
class JdbcArchivesTest {

    static final String TOKEN = "stored-token-0123456789abcdef0123456789";

    @Test
    void an_archive_with_a_static_token_is_found_by_the_token_hash_only_while_active(DataSource dataSource) {
        JdbcArchives archives = new JdbcArchives(dataSource);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ConfiguredArchive archive = new ConfiguredArchive("pacs-a", URI.create("http://pacs:8080/dicom-web"),
                List.of("AE1", "AE2"), null, ZoneId.of("Europe/Berlin"), ArchiveCredential.bearerToken(TOKEN, at),
                "http://pacs:8080/viewer?study={studyInstanceUid}", true, 0);

        assertThat(archives.addIfAbsent(archive)).isTrue();

        ConfiguredArchive found = archives.byTokenHash(ArchiveCredential.tokenHash(TOKEN)).orElseThrow();
        assertThat(found).isEqualTo(archive);
        assertThat(found.credential().acceptsToken(TOKEN)).isTrue();

        assertThat(archives.replace(found.deactivated(), 0)).isTrue();
        assertThat(archives.byTokenHash(ArchiveCredential.tokenHash(TOKEN))).isEmpty();
        assertThat(archives.byName("pacs-a").orElseThrow().version()).isEqualTo(1);
        assertThat(archives.replace(found, 0)).as("a stale version").isFalse();
    }

    @Test
    void archives_without_keycloak_client_coexist_and_a_client_still_identifies_its_archive(DataSource dataSource) {
        JdbcArchives archives = new JdbcArchives(dataSource);
        archives.addIfAbsent(new ConfiguredArchive("pacs-b", URI.create("http://b/dicom-web"), List.of(), null,
                ZoneId.of("UTC")));
        archives.addIfAbsent(new ConfiguredArchive("pacs-c", URI.create("http://c/dicom-web"), List.of(), null,
                ZoneId.of("UTC")));
        archives.addIfAbsent(new ConfiguredArchive("pacs-d", URI.create("http://d/dicom-web"), List.of(), "client-d",
                ZoneId.of("UTC")));

        assertThat(archives.all()).extracting(ConfiguredArchive::name).containsExactly("pacs-b", "pacs-c", "pacs-d");
        assertThat(archives.byClientId("client-d")).map(ConfiguredArchive::name).contains("pacs-d");
    }
}
