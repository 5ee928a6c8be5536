package org.telerad.routing.archive;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.telerad.routing.viewer.domain.ViewerUrlTemplate;
import org.telerad.shared.problem.TeleradException;

/**
 * An archive Telerad works with. It calls Telerad with the service-account tokens of the Keycloak client
 * {@code clientId} (on {@code /rs}), or with its static {@code credential} (a bearer token or basic auth, on
 * {@code /archive-rs}); either identifies it, and either may be absent (an archive Telerad only pulls from).
 * {@code timeZone} resolves the local date-times it sends without an offset; {@code aeTitles} are its own AE
 * titles (used as Retrieve AE when the payload leaves it empty); {@code viewerUrlTemplate} (optional) opens one of
 * its studies in a viewer. A deactivated archive is refused whichever credential it presents. {@code version}
 * counts the revisions (ETag of {@code /api/archives/{name}}).
 */
public record ConfiguredArchive(String name, URI dicomWebBaseUrl, List<String> aeTitles, String clientId,
        ZoneId timeZone, ArchiveCredential credential, String viewerUrlTemplate, boolean active, long version) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public ConfiguredArchive {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-001", "name",
                    "An archive name is 1 to 63 lower-case letters, digits and dashes.");
        }
        Objects.requireNonNull(dicomWebBaseUrl, "dicomWebBaseUrl");
        String scheme = dicomWebBaseUrl.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || dicomWebBaseUrl.getHost() == null) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-003", "dicomWebBaseUrl",
                    "The DICOMweb base URL is an absolute http(s) URL.");
        }
        aeTitles = List.copyOf(aeTitles);
        for (String ae : aeTitles) {
            if (ae.isBlank() || ae.length() > 16 || ae.contains(",") || ae.contains("\\")) {
                throw TeleradException.invalid("TELERAD-ARCHIVE-002", "aeTitles",
                        "An AE title has 1 to 16 characters, no comma or backslash.");
            }
        }
        clientId = clientId == null || clientId.isBlank() ? null : clientId.strip();
        if (clientId != null && clientId.length() > 255) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-004", "clientId", "A Keycloak client id has at most 255"
                    + " characters.");
        }
        Objects.requireNonNull(timeZone, "timeZone");
        viewerUrlTemplate = viewerUrlTemplate == null || viewerUrlTemplate.isBlank() ? null
                : ViewerUrlTemplate.of(viewerUrlTemplate).value();
        if (version < 0) {
            throw new IllegalArgumentException("version");
        }
    }

    /** An active archive without static credential or viewer template (version 0). */
    public ConfiguredArchive(String name, URI dicomWebBaseUrl, List<String> aeTitles, String clientId,
            ZoneId timeZone) {
        this(name, dicomWebBaseUrl, aeTitles, clientId, timeZone, null, null, true, 0);
    }

    /** The AE title to name as Retrieve AE when the archive sent none. */
    public String primaryAeTitle() {
        return aeTitles.isEmpty() ? null : aeTitles.get(0);
    }

    /** The static credential, when one is set. */
    public Optional<ArchiveCredential> staticCredential() {
        return Optional.ofNullable(credential);
    }

    /** The viewer URL template configured for this archive, when one is. */
    public Optional<ViewerUrlTemplate> viewer() {
        return Optional.ofNullable(viewerUrlTemplate).map(ViewerUrlTemplate::of);
    }

    /** This archive with a new static credential (null keeps none). */
    public ConfiguredArchive withCredential(ArchiveCredential newCredential) {
        return new ConfiguredArchive(name, dicomWebBaseUrl, aeTitles, clientId, timeZone, newCredential,
                viewerUrlTemplate, active, version);
    }

    /** This archive, no longer accepted as a sender. */
    public ConfiguredArchive deactivated() {
        return new ConfiguredArchive(name, dicomWebBaseUrl, aeTitles, clientId, timeZone, credential,
                viewerUrlTemplate, false, version);
    }
}
