package org.telerad.it.reporting;

import static org.telerad.it.support.Stack.send;
import static org.telerad.it.support.Stack.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * What the report ITs set up through Telerad's own interfaces: a facility of their own (unique code and HL7
 * sending facility) in a jurisdiction where only {@code rad-tx} gets a license from the test, a privilege there,
 * a STAT order over HL7 MLLP from that facility and the CT head workitem dcm4chee posts for it (joined by
 * accession, so the facility is recognised from the order whatever archive answers QIDO), the task routed to
 * rad-tx and claimed by them over UPS-RS.
 */
final class ReadingDesk {

    static final String RADIOLOGIST = "rad-tx";
    private static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    private static final String FIXTURE_ACCESSION = "ACC-20261127-0042";

    private ReadingDesk() {
    }

    /** A claimed task: its workitem UID, its UPS location and the Transaction UID of the claim. */
    record ClaimedTask(String workitem, String location, String transactionUid, String study) {
    }

    static RequestSpecification credentialing() {
        return Stack.api("credentialing");
    }

    static RequestSpecification radiologist() {
        return Stack.api(RADIOLOGIST);
    }

    /** Opens a facility in {@code jurisdiction} recognised by its HL7 sending facility {@code hl7Facility}. */
    static void facility(String code, String jurisdiction, String hl7Facility) {
        credentialing().body(Map.of("code", code, "name", "Reporting IT " + code, "jurisdiction", jurisdiction,
                "timeZone", "America/Chicago", "identifiers", Map.of("hl7Facilities", List.of(hl7Facility))))
                .post("/facilities").then().statusCode(201);
    }

    /** The registry id of rad-tx (demo data). */
    static String radTxId() {
        JsonPath found = credentialing().queryParam("size", "500").get("/radiologists").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        for (Map<String, Object> item : items) {
            if (RADIOLOGIST.equals(item.get("username"))) {
                return String.valueOf(item.get("id"));
            }
        }
        throw new IllegalStateException("the demo radiologist rad-tx is missing");
    }

    /** Adds a license valid 2025-2030; answers its id. */
    static String license(String radiologistId, String jurisdiction, String number) {
        return credentialing().body(Map.of("jurisdiction", jurisdiction, "number", number, "type", "full",
                "validFrom", "2025-01-01", "validTo", "2030-12-31")).post("/radiologists/" + radiologistId
                        + "/licenses").then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** Grants a CT/MR privilege at the facility valid 2025-2030; answers its id. */
    static String privilege(String radiologistId, String facility) {
        return credentialing().body(Map.of("radiologistId", radiologistId, "facility", facility, "validFrom",
                "2025-01-01", "validTo", "2030-12-31", "scope", Map.of("modalities", List.of("CT", "MR"))))
                .post("/privileges").then().statusCode(201).extract().jsonPath().getString("id");
    }

    /**
     * Sends a STAT ORM from {@code hl7Facility}, posts the CT head workitem of a new study with the order's
     * accession, waits for rad-tx to be assigned, claims the task.
     */
    static ClaimedTask claimedTask(String hl7Facility) {
        String study = Uids.newStudyUid();
        String accession = "R" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
        String control = "RPT-" + accession;
        String ack = sendMllp("MSH|^~\\&|IT-RIS|" + hl7Facility + "|TELERAD|TELERAD|20261130080000||ORM^O01^ORM_O01|"
                + control + "|P|2.5.1\r"
                + "PID|1||RPT-MRN-" + accession + "^^^IT-HOSP^MR||Report^Patient||19700101|F\r"
                + "ORC|NW|PLC-" + control + "|||SC||1^^^^^S\r"
                + "OBR|1|PLC-" + control + "||CTHEAD^CT head^L||||||||||||||" + accession + "|||||||||1^^^^^S");
        assertThat(ack).as("the order is accepted").contains("MSA|AA");
        HttpResponse<String> created = send("POST", Stack.baseUrl() + "/rs/workitems",
                Stack.clientToken("telerad-archive", "changeit"),
                resource("/org/telerad/it/upsrs/dcm4chee-ups-create.json").replace(FIXTURE_STUDY, study)
                        .replace(FIXTURE_ACCESSION, accession)
                        .replace("{\"00080005\"", "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
                                + "\"00180015\":{\"vr\":\"CS\",\"Value\":[\"HEAD\"]},\"00080005\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String workitem = location.substring(location.lastIndexOf('/') + 1);
        Map<String, String> task = awaitPerformer(workitem);
        assertThat(task.get("performer_username")).as("routed to rad-tx: " + task).isEqualTo(RADIOLOGIST);
        String transaction = "1.2.826.0.1.3680043.10.3." + System.nanoTime();
        HttpResponse<String> claimed = send("PUT", location + "/state", Stack.token(RADIOLOGIST),
                "{\"00081195\":{\"vr\":\"UI\",\"Value\":[\"" + transaction
                        + "\"]},\"00741000\":{\"vr\":\"CS\",\"Value\":[\"IN PROGRESS\"]}}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        return new ClaimedTask(workitem, location, transaction, study);
    }

    /** Cancels a claimed task that a test leaves unfinished (its performer's decision, with the claim's UID). */
    static void cancel(ClaimedTask task) {
        send("PUT", task.location() + "/state", Stack.token(RADIOLOGIST), "{\"00081195\":{\"vr\":\"UI\",\"Value\":[\""
                + task.transactionUid() + "\"]},\"00741000\":{\"vr\":\"CS\",\"Value\":[\"CANCELED\"]}}");
    }

    /** The task's row (state, performer, claim). */
    static Map<String, String> task(String workitem) {
        return row("select state, facility_code, performer_username, claimed_by from routing_reading_task"
                + " where workitem_uid = ?", workitem);
    }

    /** The Performed Procedure Step recorded when the task was completed by signing, empty when none. */
    static Map<String, String> performedStep(String workitem) {
        return row("select performer_username, performer_code, started_at, completed_at, signed_as,"
                + " report_reference from routing_performed_procedure where workitem_uid = ?", workitem);
    }

    /** The audit entries of a report (objectType Report, objectId its id), as the auditor reads them. */
    static List<Map<String, Object>> auditOf(String objectId) {
        return Stack.api("auditor").queryParam("objectType", "Report").queryParam("objectId", objectId)
                .queryParam("size", "200").get("/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    static String ifMatch(long revision) {
        return "\"" + revision + "\"";
    }

    /** Sends an HL7 message framed as MLLP to Telerad's order receiver; answers the reply without its framing. */
    private static String sendMllp(String text) {
        int port = Integer.getInteger("telerad.hl7.port", "dev".equals(Stack.profile()) ? 2575 : 12575);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(0x0b);
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {0x1c, 0x0d});
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != 0x1c) {
                if (b != 0x0b) {
                    reply.write(b);
                }
            }
            return reply.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> awaitPerformer(String workitem) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Map<String, String> row = task(workitem);
        while (row.get("performer_username") == null && System.nanoTime() < deadline) {
            sleep(100);
            row = task(workitem);
        }
        return row;
    }

    private static Map<String, String> row(String sql, String key) {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                Map<String, String> row = new HashMap<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                    }
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
