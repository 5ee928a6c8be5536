package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.upsrs.UpsRsClient.DICOM_JSON;
import static org.telerad.it.upsrs.UpsRsClient.archiveToken;
import static org.telerad.it.upsrs.UpsRsClient.create;
import static org.telerad.it.upsrs.UpsRsClient.payload;
import static org.telerad.it.upsrs.UpsRsClient.post;
import static org.telerad.it.upsrs.UpsRsClient.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.Tag;

/**
 * UPS event reports across Telerad nodes: the deployed WAR is one node; this test JVM plays a second node on the
 * same PostgreSQL channel ({@code telerad_ups_events}, LISTEN/NOTIFY, payload = identifiers only). Plus filtered
 * global subscriptions (1.2.840.10008.5.1.4.34.5.1 with matching keys).
 */
class UpsEventRelayIT {

    static final String CHANNEL = "telerad_ups_events";
    static final String FILTERED_GLOBAL = "1.2.840.10008.5.1.4.34.5.1";

    @Test
    void a_workitem_created_on_this_node_is_announced_to_the_other_nodes_by_its_uid_only() throws Exception {
        try (Connection otherNode = Stack.appDatabase()) {
            try (Statement s = otherNode.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            }
            String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();
            String uid = location.substring(location.lastIndexOf('/') + 1);

            List<String> heard = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (heard.stream().noneMatch(p -> p.contains("|" + uid + "|1|")) && System.nanoTime() < deadline) {
                PGNotification[] notices = otherNode.unwrap(PGConnection.class).getNotifications(200);
                for (PGNotification n : notices == null ? new PGNotification[0] : notices) {
                    heard.add(n.getParameter());
                }
            }
            assertThat(heard).anySatisfy(p -> assertThat(p).matches("v1\\|[0-9a-f-]{36}\\|" + uid.replace(".", "\\.")
                    + "\\|1\\|"));
        }
    }

    @Test
    void a_subscriber_connected_here_hears_a_change_announced_by_another_node() throws Exception {
        String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();
        String uid = location.substring(location.lastIndexOf('/') + 1);
        String ae = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(send("POST", "/workitems/" + uid + "/subscribers/" + ae, archiveToken(), null, null).statusCode())
                .isEqualTo(201);
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        WebSocket socket = connect(ae, reports);
        try {
            // the other node changed the workitem's progress and tells everyone on the channel
            try (Connection otherNode = Stack.appDatabase();
                    PreparedStatement s = otherNode.prepareStatement("select pg_notify(?, ?)")) {
                s.setString(1, CHANNEL);
                s.setString(2, "v1|it-other-node|" + uid + "|3|");
                s.execute();
            }

            DicomAttributes progress = UpsRsEventsIT.next(reports, uid);
            assertThat(progress.integer(Tag.EventTypeID)).hasValue(3);
            assertThat(progress.has(Tag.PatientName)).isFalse();
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            send("DELETE", "/workitems/" + uid + "/subscribers/" + ae, archiveToken(), null, null);
        }
    }

    @Test
    void a_filtered_global_subscriber_hears_only_about_workitems_matching_its_keys() throws Exception {
        String ae = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> subscribed = send("POST", "/workitems/" + FILTERED_GLOBAL + "/subscribers/" + ae
                + "?ScheduledProcedureStepPriority=HIGH", archiveToken(), null, null);
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        WebSocket socket = connect(ae, reports);
        try {
            String medium = uidOf(create(Uids.newStudyUid()));
            String high = uidOf(post("/workitems", archiveToken(), DICOM_JSON, payload("json", Uids.newStudyUid())
                    .replace("\"00741200\":{\"vr\":\"CS\",\"Value\":[\"MEDIUM\"]}",
                            "\"00741200\":{\"vr\":\"CS\",\"Value\":[\"HIGH\"]}")));

            assertThat(UpsRsEventsIT.next(reports, high).integer(Tag.EventTypeID)).hasValue(1);
            Thread.sleep(500);
            List<String> rest = new ArrayList<>();
            reports.drainTo(rest);
            assertThat(rest).noneMatch(m -> m.contains(medium));
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            send("DELETE", "/workitems/" + FILTERED_GLOBAL + "/subscribers/" + ae, archiveToken(), null, null);
        }
    }

    @Test
    void matching_keys_on_a_workitem_subscription_are_refused() {
        String uid = uidOf(create(Uids.newStudyUid()));

        HttpResponse<String> refused = send("POST", "/workitems/1.2.840.10008.5.1.4.34.5/subscribers/ITX"
                + "?facility=tx-dallas", archiveToken(), null, null);
        HttpResponse<String> unknownKey = send("POST", "/workitems/" + FILTERED_GLOBAL + "/subscribers/ITX"
                + "?PatientName=Doe", archiveToken(), null, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("TELERAD-UPS-045");
        assertThat(unknownKey.statusCode()).isEqualTo(400);
        assertThat(unknownKey.body()).contains("PatientName");
        assertThat(uid).isNotBlank();
    }

    static String uidOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static WebSocket connect(String ae, BlockingQueue<String> reports) throws Exception {
        URI ws = URI.create(Stack.baseUrl().replaceFirst("^http", "ws") + "/ws/subscribers/" + ae);
        return HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + archiveToken())
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(ws, new UpsRsEventsIT.Collector(reports))
                .get(10, TimeUnit.SECONDS);
    }
}
