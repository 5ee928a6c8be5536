package org.telerad.routing.upsrs.qido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.domain.ArchiveUnreachable;
import org.telerad.routing.enrichment.domain.SeriesFacts;

/**
 * The HTTP adapter against a loopback server answering at dcm4chee-arc-light's QIDO path
 * ({@code /dcm4chee-arc/aets/DCM4CHEE/rs/studies/{uid}/series}) with the dcm4chee-shaped fixture.
 */
class HttpArchiveQueryTest {

    static final String STUDY = "2.25.168915247463381905219117470624837019321";
    static final String PATH = "/dcm4chee-arc/aets/DCM4CHEE/rs/studies/";

    private HttpServer server;
    private final List<URI> asked = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestURI());
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (status != 200 || !exchange.getRequestURI().getPath().equals(PATH + STUDY + "/series")) {
            exchange.sendResponseHeaders(status != 200 ? status : 204, -1);
            exchange.close();
            return;
        }
        byte[] body = Dcm4cheeQidoSeriesContractTest.fixture();
        exchange.getResponseHeaders().add("Content-Type", "application/dicom+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private ConfiguredArchive archive() {
        return new ConfiguredArchive("test-dcm4chee", URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/dcm4chee-arc/aets/DCM4CHEE/rs/"), List.of("DCM4CHEE"), "test-client", ZoneId.of("UTC"));
    }

    private static HttpArchiveQuery query() {
        return new HttpArchiveQuery(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void asks_the_series_level_query_for_institution_body_part_description_and_retrieve_ae_and_reads_the_answer() {
        List<SeriesFacts> series = query().series(archive(), STUDY);

        assertThat(series).hasSize(2);
        assertThat(series.get(0).institutionName()).isEqualTo("Baylor Scott & White – Dallas");
        assertThat(series.get(0).bodyPart()).isEqualTo("HEAD");
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).getPath()).isEqualTo(PATH + STUDY + "/series");
        assertThat(asked.get(0).getQuery()).isEqualTo("includefield=00080080&includefield=00180015"
                + "&includefield=00081030&includefield=00080054");
    }

    @Test
    void a_study_the_archive_does_not_know_yet_is_a_failure_to_retry() {
        assertThatThrownBy(() -> query().series(archive(), "2.25.42")).isInstanceOf(ArchiveUnreachable.class)
                .hasMessageContaining("HTTP 204");
    }

    @Test
    void an_archive_error_is_a_failure_to_retry() {
        status = 503;
        assertThatThrownBy(() -> query().series(archive(), STUDY)).isInstanceOf(ArchiveUnreachable.class)
                .hasMessage("the archive answered HTTP 503");
    }

    @Test
    void a_slow_archive_times_out() {
        delayMillis = 2000;
        assertThatThrownBy(() -> query().series(archive(), STUDY)).isInstanceOf(ArchiveUnreachable.class)
                .hasMessage("no answer within 1000 ms");
    }

    @Test
    void an_archive_that_is_not_listening_is_a_failure_to_retry() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        ConfiguredArchive gone = new ConfiguredArchive("gone", URI.create("http://127.0.0.1:" + closedPort
                + "/dicom-web"), List.of("ORTHANC"), "gone-client", ZoneId.of("UTC"));
        assertThatThrownBy(() -> query().series(gone, STUDY)).isInstanceOf(ArchiveUnreachable.class)
                .hasMessageStartingWith("connection failed");
    }
}
