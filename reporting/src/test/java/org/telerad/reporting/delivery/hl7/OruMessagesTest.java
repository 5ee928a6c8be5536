package org.telerad.reporting.delivery.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.testing.SignedVersions;

class OruMessagesTest {

    static final MllpEndpoint RIS = new MllpEndpoint("127.0.0.1", 2575, "TELERAD", "TELERAD-TX", "EPIC", "DALLAS",
            Duration.ofSeconds(30));

    private static Terser sent(SignedReportVersion version) throws Exception {
        ORU_R01 oru = OruMessages.oru(version, RIS, new DeliveryAttemptId(42, 3, version.signedAt().plusSeconds(2)));
        String wire = oru.encode();
        try (HapiContext context = new DefaultHapiContext()) {
            context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
            return new Terser(context.getPipeParser().parse(wire));
        }
    }

    @Test
    void building_an_oru_writes_no_id_file_into_the_working_directory() throws Exception {
        java.nio.file.Path idFile = ca.uhn.hl7v2.util.Home.getHomeDirectory().toPath().resolve("id_file");
        java.nio.file.Files.deleteIfExists(idFile);

        Terser oru = sent(SignedVersions.preliminary());

        assertThat(oru.get("/MSH-10")).isEqualTo("TR42.3");
        assertThat(idFile).doesNotExist();
    }

    @Test
    void a_preliminary_is_an_oru_r01_with_result_status_p_signed_by_its_reader() throws Exception {
        Terser oru = sent(SignedVersions.preliminary());

        assertThat(oru.get("/MSH-9-1") + "^" + oru.get("/MSH-9-2") + "^" + oru.get("/MSH-9-3"))
                .isEqualTo("ORU^R01^ORU_R01");
        assertThat(oru.get("/MSH-12")).isEqualTo("2.5.1");
        assertThat(oru.get("/MSH-10")).isEqualTo("TR42.3");
        assertThat(oru.get("/MSH-3")).isEqualTo("TELERAD");
        assertThat(oru.get("/MSH-5")).isEqualTo("EPIC");
        assertThat(oru.get("/MSH-6")).isEqualTo("DALLAS");
        assertThat(oru.get("/.OBR-25")).isEqualTo("P");
        assertThat(oru.get("/.OBR-22")).isEqualTo("20261128011000+0000");
        assertThat(oru.get("/.OBR-32-1-1")).as("no NPI: the Telerad username").isEqualTo("rad-night");
        assertThat(oru.get("/.OBR-32-1-2")).isEqualTo("Okafor");
        assertThat(oru.get("/.OBR-32-1-3")).isEqualTo("Ada");
        assertThat(oru.get("/.OBR-32-1-9")).isEqualTo("TELERAD");
        assertThat(oru.get("/.OBR-33-1-1")).as("no assistant on a preliminary").isNull();
        assertThat(oru.get("/.OBX(0)-11")).isEqualTo("P");
    }

    @Test
    void a_final_signed_by_the_attending_names_the_preliminary_reader_as_assistant_interpreter() throws Exception {
        Terser oru = sent(SignedVersions.finalByAttending());

        assertThat(oru.get("/.OBR-25")).isEqualTo("F");
        assertThat(oru.get("/.OBR-22")).isEqualTo("20261128020530+0000");
        assertThat(oru.get("/.OBR-32-1-1")).isEqualTo("1234567893");
        assertThat(oru.get("/.OBR-32-1-9")).isEqualTo("NPI");
        assertThat(oru.get("/.OBR-33-1-1")).isEqualTo("rad-night");
        assertThat(oru.get("/.OBR-33-1-2")).isEqualTo("Okafor");
    }

    @Test
    void an_addendum_is_a_correction_with_result_status_c() throws Exception {
        Terser oru = sent(SignedVersions.addendum());

        assertThat(oru.get("/.OBR-25")).isEqualTo("C");
        assertThat(oru.get("/.OBX(0)-11")).isEqualTo("C");
    }

    @Test
    void patient_order_and_study_travel_in_pid_orc_and_obr() throws Exception {
        Terser oru = sent(SignedVersions.finalByAttending());

        assertThat(oru.get("/.PID-3-1")).isEqualTo("MRN-448812");
        assertThat(oru.get("/.PID-3-4-1")).isEqualTo("2.16.840.1.113883.3.72.5.9.1");
        assertThat(oru.get("/.PID-5-1")).isEqualTo("DOE");
        assertThat(oru.get("/.PID-5-2")).isEqualTo("JANE");
        assertThat(oru.get("/.PID-7")).isEqualTo("19610402");
        assertThat(oru.get("/.PID-8")).isEqualTo("F");
        assertThat(oru.get("/.ORC-1")).isEqualTo("RE");
        assertThat(oru.get("/.OBR-3-1")).isEqualTo("ACC-20261128-0042");
        assertThat(oru.get("/.OBR-3-2")).isEqualTo("DALLAS-RIS");
        assertThat(oru.get("/.OBR-4-1")).isEqualTo("18748-4");
        assertThat(oru.get("/.OBR-20")).isEqualTo(SignedVersions.REPORT.toString());
        assertThat(oru.get("/.OBR-21")).isEqualTo(SignedVersions.STUDY);
    }

    @Test
    void the_report_text_is_one_tx_obx_per_line_and_survives_hl7_delimiters() throws Exception {
        Terser oru = sent(SignedVersions.addendum());

        List<String> lines = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; oru.getSegment("/.OBSERVATION(" + i + ")/OBX").getField(1).length > 0; i++) {
            assertThat(oru.get("/.OBSERVATION(" + i + ")/OBX-2")).isEqualTo("TX");
            assertThat(oru.get("/.OBSERVATION(" + i + ")/OBX-1")).isEqualTo(Integer.toString(i + 1));
            lines.add(oru.get("/.OBSERVATION(" + i + ")/OBX-5"));
            codes.add(oru.get("/.OBSERVATION(" + i + ")/OBX-3-1"));
        }
        assertThat(lines).contains("Ventricles normal in size.", "No extra-axial collection.",
                "4 mm left frontal meningioma, unchanged from the prior | no action needed.",
                "Signed by James Whitfield at 2026-11-28T09:45:00Z.");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ACR category 3: Incidental meningioma."));
        assertThat(lines.get(lines.size() - 1)).startsWith("Amended report signed by James Whitfield");
        assertThat(codes).contains("55752-0", "55111-9", "18834-2", "59776-5", "19005-8");
    }
}
