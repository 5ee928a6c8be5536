package org.telerad.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/** The receivers the result delivery ITs use work on their own (no stack needed). */
class EhrReceiversTest {

    @RegisterExtension
    static final EhrReceivers EHR = new EhrReceivers();

    private static IGenericClient client() {
        FhirContext fhir = FhirContext.forR4Cached();
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return fhir.newRestfulGenericClient(EHR.fhir().baseUrl());
    }

    private static MethodOutcome put(String status) {
        DiagnosticReport report = new DiagnosticReport();
        report.addIdentifier().setSystem("urn:telerad:report").setValue("r-1");
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.fromCode(status));
        return client().update().resource(report).conditional()
                .where(DiagnosticReport.IDENTIFIER.exactly().systemAndIdentifier("urn:telerad:report", "r-1"))
                .execute();
    }

    @Test
    void the_fhir_receiver_creates_then_updates_one_report_by_identifier_and_can_refuse() {
        MethodOutcome created = put("preliminary");
        MethodOutcome updated = put("final");

        assertThat(created.getCreated()).isTrue();
        assertThat(updated.getId().getIdPart()).isEqualTo(created.getId().getIdPart());
        assertThat(EHR.fhir().current("r-1").getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(EHR.fhir().receivedFor("r-1")).hasSize(2);

        EHR.fhir().refuse("Unknown patient");
        assertThatThrownBy(() -> put("amended")).isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("Unknown patient");
    }

    @Test
    void the_mllp_receiver_acknowledges_refuses_and_goes_down_and_up_on_its_port() throws Exception {
        String oru = "MSH|^~\\&|TELERAD||RIS||20261128020000||ORU^R01^ORU_R01|TR1.1|P|2.5.1\r"
                + "PID|1||MRN1\rOBR|1||ACC1|18748-4" + "|".repeat(16) + "TELERAD-ID||20261128020000|||F\r"
                + "OBX|1|TX|19005-8||No acute findings.||||||F\r";

        assertThat(send(oru)).contains("MSA|AA|TR1.1");
        EHR.mllp().refuse("Unknown order ACC1");
        assertThat(send(oru)).contains("MSA|AR|TR1.1").contains("Unknown order ACC1");
        EHR.mllp().stop();
        assertThatThrownBy(() -> send(oru)).isInstanceOf(ConnectException.class);
        EHR.mllp().restart();
        EHR.mllp().accept();
        assertThat(send(oru)).contains("MSA|AA");

        assertThat(EHR.mllp().received()).extracting(MllpReceiver.Received::accepted).containsExactly(true, false,
                true);
        assertThat(EHR.mllp().received().get(0).resultStatus()).isEqualTo("F");
        assertThat(EHR.mllp().received().get(0).text()).containsExactly("No acute findings.");
    }

    private static String send(String message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", EHR.mllp().port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(0x0b);
            out.write(message.getBytes(StandardCharsets.UTF_8));
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
}
