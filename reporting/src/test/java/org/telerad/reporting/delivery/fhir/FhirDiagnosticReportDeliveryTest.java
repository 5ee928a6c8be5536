package org.telerad.reporting.delivery.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.Secret;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.reporting.delivery.testing.SignedVersions;

class FhirDiagnosticReportDeliveryTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T02:06:00Z");
    private final FhirDiagnosticReportDelivery delivery = new FhirDiagnosticReportDelivery(clock,
            HttpClient.newHttpClient());
    private final DeliveryAttemptId attempt = new DeliveryAttemptId(1, 1, clock.instant());

    private static FhirEndpoint at(URI base, FhirAuth auth) {
        return new FhirEndpoint(base, auth, Duration.ofSeconds(5));
    }

    @Test
    void each_version_is_a_conditional_update_of_the_same_diagnostic_report() throws Exception {
        try (FakeFhirServer ehr = new FakeFhirServer()) {
            DeliveryOutcome first = delivery.deliver(SignedVersions.preliminary(), at(ehr.base(), new FhirAuth.None()),
                    attempt);
            DeliveryOutcome second = delivery.deliver(SignedVersions.finalByAttending(), at(ehr.base(),
                    new FhirAuth.None()), attempt);

            assertThat(first).isInstanceOf(DeliveryOutcome.Delivered.class);
            assertThat(first.detail()).contains("DiagnosticReport/dr-1");
            assertThat(second).isInstanceOf(DeliveryOutcome.Delivered.class);
            assertThat(ehr.requests()).hasSize(2).allSatisfy(r -> {
                assertThat(r.method()).isEqualTo("PUT");
                assertThat(r.path()).isEqualTo("/fhir/DiagnosticReport");
                assertThat(r.query()).isEqualTo("identifier=urn:telerad:report|" + SignedVersions.REPORT);
                assertThat(r.authorization()).isNull();
            });
            assertThat(ehr.requests().get(0).body()).contains("\"status\":\"preliminary\"");
            assertThat(ehr.requests().get(1).body()).contains("\"status\":\"final\"");
        }
    }

    @Test
    void a_static_bearer_token_and_basic_credentials_are_sent_as_configured() throws Exception {
        try (FakeFhirServer ehr = new FakeFhirServer()) {
            delivery.deliver(SignedVersions.preliminary(), at(ehr.base(),
                    new FhirAuth.StaticBearer(Secret.of("auth.secret", "s3cr3t-token"))), attempt);
            delivery.deliver(SignedVersions.preliminary(), at(ehr.base(),
                    new FhirAuth.Basic("telerad", Secret.of("auth.secret", "pa:ss"))), attempt);

            assertThat(ehr.requests().get(0).authorization()).isEqualTo("Bearer s3cr3t-token");
            assertThat(ehr.requests().get(1).authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString("telerad:pa:ss".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void client_credentials_fetch_a_token_once_and_reuse_it_until_it_nearly_expires() throws Exception {
        try (FakeFhirServer ehr = new FakeFhirServer()) {
            FhirAuth oauth = new FhirAuth.ClientCredentials(ehr.tokenUrl(), "telerad",
                    Secret.of("auth.secret", "client-secret"), "system/DiagnosticReport.write");

            delivery.deliver(SignedVersions.preliminary(), at(ehr.base(), oauth), attempt);
            delivery.deliver(SignedVersions.finalByAttending(), at(ehr.base(), oauth), attempt);
            clock.advance(Duration.ofSeconds(280));
            delivery.deliver(SignedVersions.addendum(), at(ehr.base(), oauth), attempt);

            assertThat(ehr.tokensIssued()).isEqualTo(2);
            assertThat(ehr.requests()).filteredOn(r -> r.path().equals("/token")).first().satisfies(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.body()).isEqualTo("grant_type=client_credentials&scope=system%2FDiagnosticReport.write");
                assertThat(r.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                        .encodeToString("telerad:client-secret".getBytes(StandardCharsets.UTF_8)));
            });
            assertThat(ehr.requests()).filteredOn(r -> r.path().startsWith("/fhir")).extracting(r -> r.authorization())
                    .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
        }
    }

    @Test
    void a_4xx_answer_is_a_refusal_with_the_servers_diagnostics() throws Exception {
        try (FakeFhirServer ehr = new FakeFhirServer().answering(422, "Unknown patient identifier")) {
            DeliveryOutcome outcome = delivery.deliver(SignedVersions.preliminary(),
                    at(ehr.base(), new FhirAuth.None()), attempt);

            assertThat(outcome).isEqualTo(DeliveryOutcome.refused("HTTP 422: Unknown patient identifier"));
        }
    }

    @Test
    void a_5xx_answer_or_an_unreachable_server_is_a_failure_worth_retrying() throws Exception {
        try (FakeFhirServer ehr = new FakeFhirServer().answering(503, "maintenance")) {
            DeliveryOutcome outcome = delivery.deliver(SignedVersions.preliminary(),
                    at(ehr.base(), new FhirAuth.None()), attempt);

            assertThat(outcome).isEqualTo(DeliveryOutcome.failed("HTTP 503: maintenance"));
        }
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        DeliveryOutcome down = delivery.deliver(SignedVersions.preliminary(),
                at(URI.create("http://127.0.0.1:" + closed + "/fhir"), new FhirAuth.None()), attempt);
        assertThat(down).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                f -> assertThat(f.unreachable()).isTrue());
        assertThat(down.detail()).startsWith("127.0.0.1:" + closed + " cannot be reached");
    }

    @Test
    void secrets_never_show_in_text() {
        FhirAuth oauth = new FhirAuth.ClientCredentials(URI.create("https://idp.example.org/token"), "telerad",
                Secret.of("auth.secret", "client-secret"), null);

        assertThat(oauth.toString()).doesNotContain("client-secret");
        assertThat(new FhirAuth.Basic("u", Secret.of("auth.secret", "pw")).toString()).doesNotContain("pw]");
    }
}
