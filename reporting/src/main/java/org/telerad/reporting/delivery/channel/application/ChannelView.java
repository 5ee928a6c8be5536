package org.telerad.reporting.delivery.channel.application;

import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;

/** A channel as the API shows it: never a secret, only whether one is stored ({@code secretSet}). */
public record ChannelView(String id, String facility, String name, String kind, boolean enabled, long version,
        Fhir fhir, Hl7 hl7) {

    public record Fhir(String baseUrl, long timeoutSeconds, Auth auth) {
    }

    public record Auth(String type, boolean secretSet, String username, String tokenUrl, String clientId,
            String scope) {
    }

    public record Hl7(String host, int port, String sendingApplication, String sendingFacility,
            String receivingApplication, String receivingFacility, long ackTimeoutSeconds) {
    }

    public static ChannelView of(ChannelConfiguration c) {
        Fhir fhir = null;
        Hl7 hl7 = null;
        if (c.endpoint() instanceof FhirEndpoint f) {
            FhirAuth a = f.auth();
            fhir = new Fhir(f.baseUrl().toString(), f.timeout().toSeconds(), new Auth(a.type(), a.secret() != null,
                    a instanceof FhirAuth.Basic b ? b.username() : null,
                    a instanceof FhirAuth.ClientCredentials cc ? cc.tokenUrl().toString() : null,
                    a instanceof FhirAuth.ClientCredentials cc ? cc.clientId() : null,
                    a instanceof FhirAuth.ClientCredentials cc ? cc.scope() : null));
        } else if (c.endpoint() instanceof MllpEndpoint m) {
            hl7 = new Hl7(m.host(), m.port(), m.sendingApplication(), m.sendingFacility(), m.receivingApplication(),
                    m.receivingFacility(), m.ackTimeout().toSeconds());
        }
        return new ChannelView(c.id().toString(), c.facilityCode(), c.name(), c.kind().code(), c.enabled(),
                c.version(), fhir, hl7);
    }
}
