package org.telerad.reporting.delivery.channel.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A facility's FHIR R4 server: base URL (e.g. {@code https://ehr.example.org/fhir}), authentication and the
 * time allowed for one request.
 */
public record FhirEndpoint(URI baseUrl, FhirAuth auth, Duration timeout) implements Endpoint {

    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    public FhirEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Validates the fields as an administrator entered them. */
    public static FhirEndpoint of(String baseUrl, FhirAuth auth, Integer timeoutSeconds) {
        if (auth == null) {
            throw Fields.invalid("auth", "auth is required (type none, bearer, basic or oauth-client-credentials)");
        }
        return new FhirEndpoint(Fields.httpUrl("baseUrl", baseUrl), auth,
                Fields.seconds("timeoutSeconds", timeoutSeconds, DEFAULT_TIMEOUT_SECONDS, 1, 120));
    }

    /** A token URL for {@link FhirAuth.ClientCredentials}, validated like the base URL. */
    public static URI tokenUrl(String value) {
        return Fields.httpUrl("auth.tokenUrl", value);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FHIR_R4;
    }

    public FhirEndpoint withAuth(FhirAuth auth) {
        return new FhirEndpoint(baseUrl, auth, timeout);
    }
}
