package org.telerad.it.support;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/**
 * A real HAPI FHIR R4 server on 127.0.0.1 (HAPI's {@link RestfulServer} in embedded Jetty) playing a hospital EHR
 * that receives Telerad's DiagnosticReports: an in-memory DiagnosticReport provider with conditional update by
 * identifier (what Telerad sends), read (with versions) and search by identifier; every update received is kept
 * in order. It can require a bearer token, refuse with 422 and a reason, or be stopped and started again on the
 * same port (a receiver that is down for a while). Thread safe.
 */
public final class FhirReceiver implements AutoCloseable {

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final DiagnosticReports reports = new DiagnosticReports();
    private volatile java.util.function.Predicate<String> bearerAccepted;
    private volatile String refusal;
    private volatile int port;
    private Server jetty;

    /** Starts on a free loopback port. */
    public static FhirReceiver start() {
        FhirReceiver receiver = new FhirReceiver();
        receiver.startOn(0);
        return receiver;
    }

    private synchronized void startOn(int wanted) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(wanted);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        RestfulServer restful = new RestfulServer(fhir);
        restful.setResourceProviders(reports);
        restful.registerInterceptor(new Object() {
            @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
            public boolean authorize(RequestDetails request) {
                java.util.function.Predicate<String> accepted = bearerAccepted;
                String header = request.getHeader("Authorization");
                String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
                if (accepted != null && (token == null || !accepted.test(token))) {
                    throw new AuthenticationException("a valid bearer token is required");
                }
                return true;
            }
        });
        context.addServlet(new ServletHolder(restful), "/fhir/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the FHIR receiver could not start on port " + wanted, e);
        }
        port = connector.getLocalPort();
        jetty = server;
    }

    /** The FHIR base URL, e.g. {@code http://127.0.0.1:41234/fhir}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/fhir";
    }

    /** From now on, requests without {@code Authorization: Bearer <token>} get 401; null: no authentication. */
    public FhirReceiver requireBearer(String token) {
        bearerAccepted = token == null ? null : token::equals;
        return this;
    }

    /** From now on, requests need a bearer token this predicate accepts (e.g. a JWT of a given client), else 401. */
    public FhirReceiver requireBearer(java.util.function.Predicate<String> accepted) {
        bearerAccepted = accepted;
        return this;
    }

    /** From now on, every update is refused with 422 Unprocessable Entity and this diagnostic. */
    public FhirReceiver refuse(String reason) {
        refusal = reason;
        return this;
    }

    /** From now on, updates are accepted again. */
    public FhirReceiver accept() {
        refusal = null;
        return this;
    }

    /** Stops answering (connections are refused) until {@link #restart()}. */
    public synchronized void stop() {
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            jetty = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        if (jetty == null) {
            startOn(port);
        }
    }

    /** Every DiagnosticReport received (created or updated), in order. */
    public List<DiagnosticReport> received() {
        return List.copyOf(reports.received);
    }

    /** The received reports that carry this Telerad report id ({@code urn:telerad:report|id}), in order. */
    public List<DiagnosticReport> receivedFor(String reportId) {
        List<DiagnosticReport> found = new ArrayList<>();
        for (DiagnosticReport r : reports.received) {
            if (r.getIdentifier().stream().anyMatch(i -> "urn:telerad:report".equals(i.getSystem())
                    && reportId.equals(i.getValue()))) {
                found.add(r);
            }
        }
        return found;
    }

    /** The stored resource (current version) with this Telerad report id, or null. */
    public DiagnosticReport current(String reportId) {
        String id = reports.byIdentifier.get("urn:telerad:report|" + reportId);
        return id == null ? null : reports.current.get(id);
    }

    @Override
    public void close() {
        stop();
    }

    /** DiagnosticReports in memory: conditional update by identifier, read, search by identifier. */
    public final class DiagnosticReports implements IResourceProvider {

        private final AtomicLong ids = new AtomicLong();
        final Map<String, DiagnosticReport> current = new ConcurrentHashMap<>();
        final Map<String, String> byIdentifier = new ConcurrentHashMap<>();
        final List<DiagnosticReport> received = new CopyOnWriteArrayList<>();

        @Override
        public Class<DiagnosticReport> getResourceType() {
            return DiagnosticReport.class;
        }

        @Update
        public synchronized MethodOutcome update(@ResourceParam DiagnosticReport report, @IdParam IdType id,
                @ConditionalUrlParam String conditional) {
            if (refusal != null) {
                throw new UnprocessableEntityException(refusal);
            }
            String key;
            if (conditional != null) {
                int at = conditional.indexOf("identifier=");
                if (at < 0) {
                    throw new InvalidRequestException("conditional update by identifier only");
                }
                key = java.net.URLDecoder.decode(conditional.substring(at + "identifier=".length()).split("&")[0],
                        java.nio.charset.StandardCharsets.UTF_8);
            } else if (id != null && id.hasIdPart()) {
                key = null;
            } else {
                throw new InvalidRequestException("an id or a condition is required");
            }
            String resourceId = key == null ? id.getIdPart() : byIdentifier.get(key);
            boolean created = resourceId == null || !current.containsKey(resourceId);
            if (resourceId == null) {
                resourceId = "dr-" + ids.incrementAndGet();
            }
            long version = created ? 1 : current.get(resourceId).getIdElement().getVersionIdPartAsLong() + 1;
            DiagnosticReport stored = report.copy();
            IIdType storedId = new IdType("DiagnosticReport", resourceId, Long.toString(version));
            stored.setId(storedId);
            stored.getMeta().setVersionId(Long.toString(version));
            current.put(resourceId, stored);
            for (Identifier identifier : stored.getIdentifier()) {
                byIdentifier.put(identifier.getSystem() + "|" + identifier.getValue(), resourceId);
            }
            received.add(stored);
            MethodOutcome outcome = new MethodOutcome(storedId, created);
            outcome.setResource(stored);
            return outcome;
        }

        @Read(version = true)
        public DiagnosticReport read(@IdParam IdType id) {
            DiagnosticReport found = current.get(id.getIdPart());
            if (found == null) {
                throw new ResourceNotFoundException(id);
            }
            if (id.hasVersionIdPart()) {
                for (DiagnosticReport r : received) {
                    if (r.getIdElement().getIdPart().equals(id.getIdPart())
                            && r.getIdElement().getVersionIdPart().equals(id.getVersionIdPart())) {
                        return r;
                    }
                }
                throw new ResourceNotFoundException(id);
            }
            return found;
        }

        @Search
        public List<DiagnosticReport> search(
                @RequiredParam(name = DiagnosticReport.SP_IDENTIFIER) TokenParam identifier) {
            String id = byIdentifier.get(identifier.getSystem() + "|" + identifier.getValue());
            return id == null ? List.of() : List.of(current.get(id));
        }
    }

    /** For the test that needs the bound address. */
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }
}
