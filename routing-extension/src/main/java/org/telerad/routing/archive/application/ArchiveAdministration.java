package org.telerad.routing.archive.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.archive.ArchiveCredential;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.archive.application.ArchiveDetails.CredentialDetails;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;

/**
 * Configures archives: create, revise (optimistic, by version) and deactivate, each audited in the same
 * transaction (APPLICATION_ACTIVITY, object type {@code Archive}); the audit detail names which fields and whether
 * the credential changed, never a secret. A Keycloak client id and a bearer token identify one archive only.
 */
@ApplicationScoped
public class ArchiveAdministration {

    static final int MAX_PAGE_SIZE = 200;

    private Archives archives;
    private AuditTrail audit;
    private Clock clock;

    protected ArchiveAdministration() {
        // for CDI proxies
    }

    @Inject
    public ArchiveAdministration(Archives archives, AuditTrail audit) {
        this(archives, audit, Clock.systemUTC());
    }

    public ArchiveAdministration(Archives archives, AuditTrail audit, Clock clock) {
        this.archives = Objects.requireNonNull(archives, "archives");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One page of archives by name: {@code {"items", "page", "size", "total"}}. */
    public ArchivePage list(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0 || s < 1 || s > MAX_PAGE_SIZE) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-020", "page", "page is 0 or more, size 1 to "
                    + MAX_PAGE_SIZE + ".");
        }
        List<ConfiguredArchive> all = archives.all();
        List<ArchiveView> items = all.stream().skip((long) p * s).limit(s).map(ArchiveView::of).toList();
        return new ArchivePage(items, p, s, all.size());
    }

    public ArchiveView get(String name) {
        return ArchiveView.of(find(name));
    }

    @Transactional
    public ArchiveView create(ArchiveDetails details) {
        if (details == null) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-021", "/", "The archive is missing from the body.");
        }
        ConfiguredArchive archive = build(details.name(), details, null, 0);
        mustBeUnique(archive);
        if (!archives.addIfAbsent(archive)) {
            throw TeleradException.conflict("TELERAD-ARCHIVE-011", "An archive named " + archive.name()
                    + " exists already.");
        }
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.CREATE, "Archive",
                archive.name(), null, "archive configured" + credentialNote(details.credential(), archive)));
        return ArchiveView.of(archive);
    }

    /** Replaces the configuration of archive {@code name}; {@code expectedVersion} null means If-Match {@code *}. */
    @Transactional
    public ArchiveView revise(String name, ArchiveDetails details, Long expectedVersion) {
        ConfiguredArchive stored = find(name);
        checkVersion(stored, expectedVersion);
        if (details == null) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-021", "/", "The archive is missing from the body.");
        }
        if (details.name() != null && !details.name().equals(name)) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-022", "name", "An archive keeps its name.");
        }
        ConfiguredArchive revised = build(name, details, stored, stored.version());
        mustBeUnique(revised);
        if (!archives.replace(revised, stored.version())) {
            throw stale();
        }
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.UPDATE, "Archive", name,
                null, "archive configuration revised" + credentialNote(details.credential(), revised)));
        return ArchiveView.of(find(name));
    }

    /** The archive is refused as a sender from now on (its tasks stay). */
    @Transactional
    public ArchiveView deactivate(String name, Long expectedVersion) {
        ConfiguredArchive stored = find(name);
        checkVersion(stored, expectedVersion);
        if (!stored.active()) {
            return ArchiveView.of(stored);
        }
        if (!archives.replace(stored.deactivated(), stored.version())) {
            throw stale();
        }
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.UPDATE, "Archive", name,
                null, "archive deactivated: its credentials are refused"));
        return ArchiveView.of(find(name));
    }

    private ConfiguredArchive find(String name) {
        return archives.byName(name).orElseThrow(() -> TeleradException.notFound("TELERAD-ARCHIVE-030",
                "No archive is configured under this name."));
    }

    private static void checkVersion(ConfiguredArchive stored, Long expected) {
        if (expected != null && expected != stored.version()) {
            throw stale();
        }
    }

    private static TeleradException stale() {
        return TeleradException.preconditionFailed("TELERAD-ARCHIVE-040", "The archive was changed since it was"
                + " read; read it again and repeat the change.");
    }

    private ConfiguredArchive build(String name, ArchiveDetails d, ConfiguredArchive stored, long version) {
        if (name == null || name.isBlank()) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-001", "name",
                    "An archive name is 1 to 63 lower-case letters, digits and dashes.");
        }
        ArchiveCredential credential = stored == null ? null : stored.credential();
        CredentialDetails c = d.credential();
        if (c != null) {
            String kind = c.kind() == null ? "" : c.kind().strip().toLowerCase(Locale.ROOT);
            credential = switch (kind) {
                case "bearer-token" -> ArchiveCredential.bearerToken(c.token(), clock.instant());
                case "basic" -> ArchiveCredential.basic(c.password(), clock.instant());
                case "none" -> null;
                default -> throw TeleradException.invalid("TELERAD-ARCHIVE-012", "credential/kind",
                        "A credential kind is bearer-token, basic or none.");
            };
        }
        return new ConfiguredArchive(name, url(d.dicomWebBaseUrl()), d.aeTitles() == null ? List.of() : d.aeTitles(),
                d.clientId(), zone(d.timeZone()), credential, d.viewerUrlTemplate(),
                stored == null || stored.active(), version);
    }

    private void mustBeUnique(ConfiguredArchive archive) {
        for (ConfiguredArchive other : archives.all()) {
            if (other.name().equals(archive.name())) {
                continue;
            }
            if (archive.clientId() != null && archive.clientId().equals(other.clientId())) {
                throw TeleradException.conflict("TELERAD-ARCHIVE-013", "Another archive uses this Keycloak client:"
                        + " a credential identifies one archive only.");
            }
            if (archive.credential() != null && other.credential() != null
                    && archive.credential().kind() == ArchiveCredential.Kind.BEARER_TOKEN
                    && archive.credential().hash().equals(other.credential().hash())) {
                throw TeleradException.conflict("TELERAD-ARCHIVE-014", "Another archive uses this bearer token:"
                        + " a credential identifies one archive only.");
            }
        }
    }

    private static String credentialNote(CredentialDetails given, ConfiguredArchive result) {
        if (given == null) {
            return "; credential unchanged";
        }
        return result.credential() == null ? "; static credential removed"
                : "; static credential set (" + result.credential().kind() + ")";
    }

    private static URI url(String text) {
        if (text == null || text.isBlank()) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-003", "dicomWebBaseUrl",
                    "The DICOMweb base URL is an absolute http(s) URL.");
        }
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-003", "dicomWebBaseUrl",
                    "The DICOMweb base URL is an absolute http(s) URL.");
        }
    }

    private static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-005", "timeZone", "The time zone is an IANA zone id such"
                    + " as Europe/Berlin or UTC.");
        }
    }

    /** A page of archives. */
    public record ArchivePage(List<ArchiveView> items, int page, int size, long total) {
    }
}
