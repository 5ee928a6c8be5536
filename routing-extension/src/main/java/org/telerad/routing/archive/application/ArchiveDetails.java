package org.telerad.routing.archive.application;

import java.util.List;

/**
 * What a credentialing admin sends to configure an archive ({@code POST /api/archives}, {@code PUT
 * /api/archives/{name}}). {@code credential} is optional: absent on an update keeps the stored one, kind
 * {@code none} removes it. Secrets travel in here only; they are hashed at once and never answered.
 */
public record ArchiveDetails(String name, String dicomWebBaseUrl, List<String> aeTitles, String clientId,
        String timeZone, String viewerUrlTemplate, CredentialDetails credential) {

    /**
     * A new static credential: kind {@code bearer-token} with {@code token}, {@code basic} with {@code password}
     * (the basic-auth user name is the archive's name), or {@code none}.
     */
    public record CredentialDetails(String kind, String token, String password) {

        @Override
        public String toString() {
            return "CredentialDetails[" + kind + "]";
        }
    }
}
