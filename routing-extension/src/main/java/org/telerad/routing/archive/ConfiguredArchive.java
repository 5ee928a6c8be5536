package org.telerad.routing.archive;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/**
 * An archive Telerad works with. {@code clientId} is the Keycloak client whose service-account tokens identify
 * it; {@code timeZone} resolves the local date-times it sends without an offset; {@code aeTitles} are its own AE
 * titles (used as Retrieve AE when the payload leaves it empty).
 */
public record ConfiguredArchive(String name, URI dicomWebBaseUrl, List<String> aeTitles, String clientId,
        ZoneId timeZone) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public ConfiguredArchive {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-001", "name",
                    "An archive name is 1 to 63 lower-case letters, digits and dashes.");
        }
        Objects.requireNonNull(dicomWebBaseUrl, "dicomWebBaseUrl");
        aeTitles = List.copyOf(aeTitles);
        for (String ae : aeTitles) {
            if (ae.isBlank() || ae.length() > 16) {
                throw TeleradException.invalid("TELERAD-ARCHIVE-002", "aeTitles", "An AE title has 1 to 16 characters.");
            }
        }
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** The AE title to name as Retrieve AE when the archive sent none. */
    public String primaryAeTitle() {
        return aeTitles.isEmpty() ? null : aeTitles.get(0);
    }
}
