package org.telerad.routing.archive.application;

import java.time.Instant;
import java.util.List;

import org.telerad.routing.archive.ConfiguredArchive;

/**
 * An archive as {@code /api/archives} answers it: the configuration and, of its static credential, only the kind
 * ({@code bearer-token}, {@code basic}) and when it was set; never a secret or a hash. {@code basicUser} is the
 * user name to configure in the archive for basic auth.
 */
public record ArchiveView(String name, String dicomWebBaseUrl, List<String> aeTitles, String clientId,
        String timeZone, String viewerUrlTemplate, boolean active, Credential credential, long version) {

    /** The credential's kind and age, never its secret. */
    public record Credential(String kind, Instant setAt, String basicUser) {
    }

    public static ArchiveView of(ConfiguredArchive a) {
        Credential credential = a.staticCredential().map(c -> switch (c.kind()) {
            case BEARER_TOKEN -> new Credential("bearer-token", c.setAt(), null);
            case BASIC -> new Credential("basic", c.setAt(), a.name());
        }).orElse(null);
        return new ArchiveView(a.name(), a.dicomWebBaseUrl().toString(), a.aeTitles(), a.clientId(),
                a.timeZone().getId(), a.viewerUrlTemplate(), a.active(), credential, a.version());
    }
}
