package org.telerad.it.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * HL7 orders over MLLP (HAPI's client) joined with the UPS workitem dcm4chee's {@code ups:} exporter posts
 * (the upsrs fixture, with a fresh study UID and accession): one task either way, with the order's STAT.
 */
class Hl7OrdersIT {

    private static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    private static final String FIXTURE_ACCESSION = "ACC-20261127-0042";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HapiContext hapi;
    private static ca.uhn.hl7v2.app.Connection connection;

    @BeforeAll
    static void connect() throws Exception {
        hapi = new DefaultHapiContext();
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        hapi.getParserConfiguration().setValidating(false);
        hapi.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator()); // never HAPI's id_file
        connection = hapi.newClient("127.0.0.1", port(), false);
    }

    @AfterAll
    static void disconnect() throws IOException {
        if (connection != null) {
            connection.close();
        }
        if (hapi != null) {
            hapi.close();
        }
    }

    @Test
    void a_stat_order_before_its_images_gives_one_task_with_high_priority() throws Exception {
        String accession = newAccession();
        String study = Uids.newStudyUid();
        String control = "IT-" + accession;

        Terser ack = send(orm(control, "NW", accession, "S", true));
        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(ack.get("/MSA-2")).isEqualTo(control);
        assertThat(ack.get("/MSA-3")).contains("kept until its images arrive");

        HttpResponse<String> created = createWorkitem(study, accession);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertThat(eventuallyPriority(study, "HIGH")).isEqualTo("HIGH");
        assertThat(tasksFor(study)).isEqualTo(1);
        assertThat(query("select state from hl7_order where control_id = ?", control)).containsExactly("APPLIED");
        assertThat(query("select outcome from hl7_message where control_id = ?", control)).containsExactly("AA");
    }

    @Test
    void a_stat_order_after_its_images_raises_the_existing_task() throws Exception {
        String accession = newAccession();
        String study = Uids.newStudyUid();
        HttpResponse<String> created = createWorkitem(study, accession);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(query("select priority from routing_reading_task where study_instance_uid = ?", study))
                .containsExactly("MEDIUM");

        Terser ack = send(orm("IT2-" + accession, "NW", accession, "S", true));

        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(ack.get("/MSA-3")).contains("applied to 1 reading task");
        assertThat(query("select priority from routing_reading_task where study_instance_uid = ?", study))
                .containsExactly("HIGH");
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void an_omi_o23_joins_by_the_study_uid_in_ipc_3_when_the_task_carries_another_accession() throws Exception {
        String study = Uids.newStudyUid();
        String control = "IT-OMI-" + newAccession();
        String omi = "MSH|^~\\&|IT-RIS|IT-HOSP|TELERAD|TELERAD|20261127220000||OMI^O23^OMI_O23|" + control
                + "|P|2.5.1\rPID|1||IT-MRN-2^^^IT-HOSP^MR||Test^Patient\rORC|NW|PLC-" + control + "|||SC\r"
                + "TQ1|1||||||||S\rOBR|1|PLC-" + control + "||MRBRAIN^MR brain^L\r"
                + "IPC|" + newAccession() + "|RP-1|" + study + "|SPS-1|MR";

        Terser ack = send(omi);
        assertThat(ack.get("/MSA-1")).isEqualTo("AA");

        HttpResponse<String> created = createWorkitem(study, newAccession());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(eventuallyPriority(study, "HIGH")).isEqualTo("HIGH");
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void a_cancel_order_cancels_the_scheduled_task() throws Exception {
        String accession = newAccession();
        String study = Uids.newStudyUid();
        assertThat(createWorkitem(study, accession).statusCode()).isEqualTo(201);

        Terser ack = send(orm("IT-CA-" + accession, "CA", accession, "R", true));

        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(query("select state from routing_reading_task where study_instance_uid = ?", study))
                .containsExactly("CANCELED");
    }

    @Test
    void an_order_without_accession_is_answered_ae_naming_obr_18_and_kept() throws Exception {
        String control = "IT-NOACC-" + newAccession();

        Terser ack = send(orm(control, "NW", null, "S", true));

        assertThat(ack.get("/MSA-1")).isEqualTo("AE");
        assertThat(ack.get("/MSA-3")).contains("OBR-18");
        assertThat(ack.get("/ERR-8")).contains("OBR-18");
        assertThat(query("select outcome || ' ' || reason from hl7_message where control_id = ?", control))
                .singleElement().asString().startsWith("AE ").contains("OBR-18");
        assertThat(query("select raw_message from hl7_message where control_id = ?", control)).singleElement()
                .asString().contains("MSH|").contains("ORM^O01");
    }

    @Test
    void an_unsupported_message_type_is_rejected_and_kept() throws Exception {
        String control = "IT-ADT-" + newAccession();
        String adt = "MSH|^~\\&|ADT|IT-HOSP|TELERAD|TELERAD|20261127220000||ADT^A01^ADT_A01|" + control + "|P|2.5.1\r"
                + "EVN|A01\rPID|1||IT-MRN-1^^^IT-HOSP^MR||Test^Patient\rPV1|1|E";

        Terser ack = send(adt);

        assertThat(ack.get("/MSA-1")).isEqualTo("AR");
        assertThat(ack.get("/MSA-3")).contains("ADT^A01");
        assertThat(query("select outcome from hl7_message where control_id = ?", control)).containsExactly("AR");
    }

    @Test
    void text_that_is_not_hl7_is_rejected_over_mllp_and_kept() throws Exception {
        String text = "not an HL7 message " + UUID.randomUUID();

        String answer = sendRaw(text);

        assertThat(answer).contains("MSA|AR").contains("not an HL7 v2 message");
        assertThat(query("select outcome from hl7_message where raw_message = ?", text)).containsExactly("AR");
    }

    // --- fixtures ------------------------------------------------------------------------------------------------

    static int port() {
        return Integer.getInteger("telerad.hl7.port", "dev".equals(Stack.profile()) ? 2575 : 12575);
    }

    /** An ORM^O01 v2.5.1 as an IHE SWF order placer sends it (accession in OBR-18, priority in ORC-7.6/OBR-27.6). */
    static String orm(String control, String orderControl, String accession, String priority, boolean withPatient) {
        return "MSH|^~\\&|IT-RIS|IT-HOSP|TELERAD|TELERAD|20261127220000||ORM^O01^ORM_O01|" + control + "|P|2.5.1\r"
                + (withPatient ? "PID|1||IT-MRN-1^^^IT-HOSP^MR||Test^Patient||19700101|F\r" : "")
                + "ORC|" + orderControl + "|PLC-" + control + "|||SC||1^^^^^" + priority + "\r"
                + "OBR|1|PLC-" + control + "||CTHEAD^CT head^L||||||||||||||" + (accession == null ? "" : accession)
                + "|||||||||1^^^^^" + priority;
    }

    private static Terser send(String er7) throws Exception {
        Message message = hapi.getPipeParser().parse(er7);
        Message response = connection.getInitiator().sendAndReceive(message);
        return new Terser(response);
    }

    /** Sends text framed as MLLP (VT ... FS CR) on a plain socket; answers the reply without its framing. */
    private static String sendRaw(String text) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
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
        }
    }

    private static HttpResponse<String> createWorkitem(String study, String accession) {
        String body = fixture().replace(FIXTURE_STUDY, study).replace(FIXTURE_ACCESSION, accession);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/rs/workitems"))
                .header("Authorization", "Bearer " + Stack.clientToken("telerad-archive", "changeit"))
                .header("Content-Type", "application/dicom+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fixture() {
        try (InputStream in = Hl7OrdersIT.class.getResourceAsStream(
                "/org/telerad/it/upsrs/dcm4chee-ups-create.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String eventuallyPriority(String study, String wanted) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        String last = null;
        while (Instant.now().isBefore(until)) {
            List<String> found = query("select priority from routing_reading_task where study_instance_uid = ?",
                    study);
            last = found.isEmpty() ? null : found.get(0);
            if (wanted.equals(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        return last;
    }

    private static int tasksFor(String study) {
        return query("select workitem_uid from routing_reading_task where study_instance_uid = ?", study).size();
    }

    private static List<String> query(String sql, String parameter) {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An accession number no other test used (SH: at most 16 characters). */
    static String newAccession() {
        return "H" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }

}
