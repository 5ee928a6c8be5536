package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerad.it.upsrs.UpsRsClient.archiveToken;
import static org.telerad.it.upsrs.UpsRsClient.changeState;
import static org.telerad.it.upsrs.UpsRsClient.create;
import static org.telerad.it.upsrs.UpsRsClient.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.Tag;

/** UPS-RS subscriptions (RAD-86) and event reports over WebSocket (RAD-87). */
class UpsRsEventsIT {

    private static final String GLOBAL = "1.2.840.10008.5.1.4.34.5";

    @Test
    void a_global_subscriber_hears_the_state_reports_of_a_new_workitem_and_its_claim() throws Exception {
        String ae = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> subscribed = send("POST", "/workitems/" + GLOBAL + "/subscribers/" + ae, archiveToken(),
                null, null);
        assertThat(subscribed.statusCode()).isEqualTo(201);
        String ws = subscribed.headers().firstValue("Location").orElseThrow();
        assertThat(ws).matches("ws://.*/telerad/ws/subscribers/" + ae);

        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + archiveToken()).connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(ws), new Collector(reports)).get(10, TimeUnit.SECONDS);
        try {
            String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();
            String uid = location.substring(location.lastIndexOf('/') + 1);

            DicomAttributes scheduled = next(reports, uid);
            assertThat(scheduled.integer(Tag.EventTypeID)).hasValue(1);
            assertThat(scheduled.string(Tag.AffectedSOPClassUID)).contains("1.2.840.10008.5.1.4.34.6.1");
            assertThat(scheduled.string(Tag.ProcedureStepState)).contains("SCHEDULED");
            assertThat(scheduled.has(Tag.PatientName)).isFalse();

            changeState(location, archiveToken(), "IN PROGRESS", "1.2.826.0.1.3680043.10.3.1");
            DicomAttributes claimed = next(reports, uid);
            assertThat(claimed.string(Tag.ProcedureStepState)).contains("IN PROGRESS");
            assertThat(claimed.has(Tag.TransactionUID)).isFalse();
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            send("DELETE", "/workitems/" + GLOBAL + "/subscribers/" + ae, archiveToken(), null, null);
        }
        assertThat(send("DELETE", "/workitems/" + GLOBAL + "/subscribers/" + ae, archiveToken(), null, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void a_radiologist_may_not_subscribe_to_every_workitem() {
        HttpResponse<String> refused = send("POST", "/workitems/" + GLOBAL + "/subscribers/rad-tx",
                Stack.token("rad-tx"), null, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("TELERAD-UPS-042");
    }

    @Test
    void the_event_websocket_needs_a_token() {
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(Stack.baseUrl().replaceFirst("^http", "ws") + "/ws/subscribers/ANYONE"),
                        new Collector(new LinkedBlockingQueue<>())).get(10, TimeUnit.SECONDS))
                .rootCause().hasMessageContaining("401");
    }

    /** The next report about workitem {@code uid}, skipping reports about others (a global subscriber hears all). */
    static DicomAttributes next(BlockingQueue<String> reports, String uid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String message = reports.poll(200, TimeUnit.MILLISECONDS);
            if (message != null) {
                DicomAttributes report = DicomJson.standard().read(message);
                if (report.string(Tag.AffectedSOPInstanceUID).orElse("").equals(uid)) {
                    return report;
                }
            }
        }
        throw new AssertionError("no event report for " + uid + " within 10 s");
    }

    /** Collects text messages, joining the frames of a message sent in parts. */
    static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> messages;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<String> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
