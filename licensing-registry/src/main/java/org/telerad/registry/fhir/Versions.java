package org.telerad.registry.fhir;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Resource;
import org.telerad.shared.problem.TeleradException;

/**
 * The version an update claims to change: If-Match (HAPI puts it on the request id), else the resource's
 * {@code meta.versionId}. An update without either is refused (428), as on the REST API, so that no client
 * overwrites a change it never saw.
 */
final class Versions {

    static final String STALE = "TELERAD-REGISTRY-040";

    private Versions() {
    }

    static long expected(IIdType id, Resource resource, String resourceType) {
        String version = id != null && id.hasVersionIdPart() ? id.getVersionIdPart() : null;
        if (version == null && resource != null && resource.getMeta().hasVersionId()) {
            version = resource.getMeta().getVersionId();
        }
        if (version == null && resource != null && resource.getIdElement().hasVersionIdPart()) {
            version = resource.getIdElement().getVersionIdPart();
        }
        if (version == null || version.isBlank()) {
            throw FhirOutcomes.versionRequired(resourceType);
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            throw FhirOutcomes.translate(TeleradException.preconditionFailed(STALE, "'" + version
                    + "' is not a version of this " + resourceType + "; read it again and send its meta.versionId"),
                    null);
        }
    }

    /** Throws 412 when the version the client saw is not the current one. */
    static void require(long expected, long current, String resourceType) {
        if (expected != current) {
            throw FhirOutcomes.translate(TeleradException.preconditionFailed(STALE, "The " + resourceType
                    + " was changed by someone else (version " + current + ", you sent " + expected
                    + "); read it again and apply your change again"), null);
        }
    }
}
