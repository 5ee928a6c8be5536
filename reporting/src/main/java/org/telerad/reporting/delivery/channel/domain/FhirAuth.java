package org.telerad.reporting.delivery.channel.domain;

import java.net.URI;
import java.util.Objects;

/**
 * How Telerad authenticates to a facility's FHIR server: not at all, with a static bearer token, with HTTP Basic,
 * or with an OAuth 2.0 access token obtained by the client credentials grant. Secrets are {@link Secret}s.
 */
public sealed interface FhirAuth {

    /** The name in JSON and in the database. */
    String type();

    /** The credential, when the method has one. */
    Secret secret();

    /** The same method with another secret (the secret of an update that left it out). */
    FhirAuth withSecret(Secret secret);

    /** No authentication (a FHIR server inside the hospital network that trusts the connection). */
    record None() implements FhirAuth {
        @Override
        public String type() {
            return "none";
        }

        @Override
        public Secret secret() {
            return null;
        }

        @Override
        public FhirAuth withSecret(Secret secret) {
            return this;
        }
    }

    /** {@code Authorization: Bearer <token>} with a token the facility issued to Telerad. */
    record StaticBearer(Secret token) implements FhirAuth {
        public StaticBearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String type() {
            return "bearer";
        }

        @Override
        public Secret secret() {
            return token;
        }

        @Override
        public FhirAuth withSecret(Secret secret) {
            return new StaticBearer(secret);
        }
    }

    /** HTTP Basic. */
    record Basic(String username, Secret password) implements FhirAuth {
        public Basic {
            username = Fields.required("auth.username", username, 200);
            if (username.indexOf(':') >= 0) {
                throw Fields.invalid("auth.username", "auth.username must not contain ':'");
            }
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String type() {
            return "basic";
        }

        @Override
        public Secret secret() {
            return password;
        }

        @Override
        public FhirAuth withSecret(Secret secret) {
            return new Basic(username, secret);
        }
    }

    /**
     * OAuth 2.0 client credentials grant at {@code tokenUrl}; the access token is cached until shortly before it
     * expires.
     */
    record ClientCredentials(URI tokenUrl, String clientId, Secret clientSecret, String scope) implements FhirAuth {
        public ClientCredentials {
            Objects.requireNonNull(tokenUrl, "tokenUrl");
            clientId = Fields.required("auth.clientId", clientId, 200);
            Objects.requireNonNull(clientSecret, "clientSecret");
            scope = Fields.optional("auth.scope", scope, 500);
        }

        @Override
        public String type() {
            return "oauth-client-credentials";
        }

        @Override
        public Secret secret() {
            return clientSecret;
        }

        @Override
        public FhirAuth withSecret(Secret secret) {
            return new ClientCredentials(tokenUrl, clientId, secret, scope);
        }
    }
}
