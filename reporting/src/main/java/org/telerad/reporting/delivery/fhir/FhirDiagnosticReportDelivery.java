package org.telerad.reporting.delivery.fhir;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.OperationOutcome;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.apache.ApacheRestfulClientFactory;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.Endpoint;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannel;

/**
 * Result channel {@code fhir-r4}: {@code PUT [base]/DiagnosticReport?identifier=urn:telerad:report|<reportId>}
 * (conditional update: the first version creates the resource, later versions update it) with the
 * {@link DiagnosticReports DiagnosticReport} of the signed version, authenticated as the facility configured
 * (none, static bearer, Basic, OAuth client credentials).
 *
 * <p>Outcomes: 2xx delivered (the receipt names the resource id and version); 408, 429, 5xx, no connection or a
 * token endpoint that cannot be reached: failed, retried; other 4xx: refused with the server's OperationOutcome
 * diagnostics (401 with an OAuth token forgets it and retries once). Thread safe: one FHIR context, one HTTP
 * client factory per timeout. Never logs requests, tokens or report content.
 */
@ApplicationScoped
public class FhirDiagnosticReportDelivery implements ResultChannel {

    private final FhirContext fhir;
    private final Map<Duration, ApacheRestfulClientFactory> factories = new ConcurrentHashMap<>();
    private ClientCredentialsTokens tokens;

    /** For CDI. */
    protected FhirDiagnosticReportDelivery() {
        this.fhir = null;
    }

    @Inject
    public FhirDiagnosticReportDelivery(Clock clock) {
        this(clock, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    FhirDiagnosticReportDelivery(Clock clock, HttpClient http) {
        this.fhir = FhirContext.forR4Cached();
        this.tokens = new ClientCredentialsTokens(http, clock);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FHIR_R4;
    }

    @Override
    public DeliveryOutcome deliver(SignedReportVersion version, Endpoint endpoint, DeliveryAttemptId attempt) {
        FhirEndpoint to = (FhirEndpoint) endpoint;
        DeliveryOutcome outcome = attempt(version, to);
        if (outcome instanceof DeliveryOutcome.Failed f && f.reason().startsWith("HTTP 401")
                && to.auth() instanceof FhirAuth.ClientCredentials) {
            return attempt(version, to);
        }
        return outcome;
    }

    private DeliveryOutcome attempt(SignedReportVersion version, FhirEndpoint to) {
        IGenericClient client = factory(to.timeout()).newGenericClient(to.baseUrl().toString());
        try {
            authenticate(client, to.auth(), to.timeout());
        } catch (ClientCredentialsTokens.TokenUnavailable e) {
            return e.permanent() ? DeliveryOutcome.refused(e.getMessage())
                    : DeliveryOutcome.unreachable(e.getMessage());
        }
        DiagnosticReport report = DiagnosticReports.of(version);
        try {
            MethodOutcome result = client.update().resource(report).conditional()
                    .where(DiagnosticReport.IDENTIFIER.exactly().systemAndIdentifier(DiagnosticReports.REPORT_SYSTEM,
                            version.reportId().toString()))
                    .execute();
            String id = result.getId() == null ? "" : " " + result.getId().toUnqualified().getValue();
            return DeliveryOutcome.delivered("HTTP " + (Boolean.TRUE.equals(result.getCreated()) ? "201" : "200")
                    + id);
        } catch (FhirClientConnectionException e) {
            return DeliveryOutcome.unreachable(to.baseUrl().getHost() + ":" + port(to) + " cannot be reached ("
                    + rootCause(e) + ")");
        } catch (BaseServerResponseException e) {
            return answered(e, to);
        } catch (RuntimeException e) {
            return DeliveryOutcome.failed("the FHIR request failed: " + e.getClass().getSimpleName());
        }
    }

    private DeliveryOutcome answered(BaseServerResponseException e, FhirEndpoint to) {
        int status = e.getStatusCode();
        String reason = "HTTP " + status + diagnostics(e.getOperationOutcome());
        if (status == 401 && to.auth() instanceof FhirAuth.ClientCredentials cc) {
            tokens.forget(cc);
            return DeliveryOutcome.failed(reason);
        }
        if (status == 408 || status == 429 || status >= 500 || status == 0) {
            return DeliveryOutcome.failed(reason);
        }
        return DeliveryOutcome.refused(reason);
    }

    private static String diagnostics(IBaseOperationOutcome outcome) {
        if (outcome instanceof OperationOutcome oo) {
            StringBuilder text = new StringBuilder();
            for (OperationOutcome.OperationOutcomeIssueComponent issue : oo.getIssue()) {
                if (issue.hasDiagnostics()) {
                    text.append(text.length() == 0 ? ": " : "; ").append(issue.getDiagnostics());
                }
            }
            return text.toString();
        }
        return "";
    }

    private void authenticate(IGenericClient client, FhirAuth auth, Duration timeout)
            throws ClientCredentialsTokens.TokenUnavailable {
        if (auth instanceof FhirAuth.StaticBearer bearer) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(bearer.token().reveal()));
        } else if (auth instanceof FhirAuth.Basic basic) {
            client.registerInterceptor(new BasicAuthInterceptor(basic.username(), basic.password().reveal()));
        } else if (auth instanceof FhirAuth.ClientCredentials cc) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(tokens.token(cc, timeout)));
        }
    }

    private ApacheRestfulClientFactory factory(Duration timeout) {
        return factories.computeIfAbsent(timeout, t -> {
            ApacheRestfulClientFactory factory = new ApacheRestfulClientFactory(fhir);
            factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
            factory.setConnectTimeout((int) Math.min(10_000, t.toMillis()));
            factory.setSocketTimeout((int) t.toMillis());
            factory.setConnectionRequestTimeout((int) t.toMillis());
            return factory;
        });
    }

    private static int port(FhirEndpoint to) {
        int port = to.baseUrl().getPort();
        return port > 0 ? port : "https".equalsIgnoreCase(to.baseUrl().getScheme()) ? 443 : 80;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
