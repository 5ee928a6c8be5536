package org.telerad.reporting.delivery.fhir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FHIR endpoint and an OAuth token endpoint on a free loopback port, recording every request and answering
 * the status a test chooses ({@code 201} by default, with a Location header).
 */
final class FakeFhirServer implements AutoCloseable {

    record Request(String method, String path, String query, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile int status = 201;
    private volatile String outcome = "";

    FakeFhirServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fhir/", this::fhir);
        server.createContext("/token", this::token);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir");
    }

    URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    FakeFhirServer answering(int status, String diagnostics) {
        this.status = status;
        this.outcome = diagnostics;
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    private void fhir(HttpExchange exchange) throws IOException {
        record(exchange);
        if (status >= 400) {
            byte[] body = ("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":"
                    + "\"processing\",\"diagnostics\":\"" + outcome + "\"}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        exchange.getResponseHeaders().add("Location", base() + "/DiagnosticReport/dr-1/_history/" + requests.size());
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        record(exchange);
        tokensIssued.incrementAndGet();
        byte[] body = ("{\"access_token\":\"token-" + tokensIssued.get() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), exchange.getRequestHeaders().getFirst("Authorization"), body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
