package org.telerad.routing.hl7.mllp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.impl.AppRoutingDataImpl;
import ca.uhn.hl7v2.protocol.impl.ApplicationRouterImpl;
import ca.uhn.hl7v2.protocol.impl.TransportableImpl;
import ca.uhn.hl7v2.util.Terser;
import org.junit.jupiter.api.Test;
import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderReading;
import org.telerad.routing.hl7.testing.SampleMessages;

/** Messages through HAPI's own application router (as the MLLP server runs it) to the receiver and back. */
class OrderReceiverTest {

    private static final HapiContext HAPI = MllpListener.receivingContext(null, null);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T22:30:00Z"), ZoneOffset.UTC);

    private final List<String> kept = new ArrayList<>();
    private final List<OrderReading> readings = new ArrayList<>();

    private final OrderReceiver receiver = new OrderReceiver(this::take, new Acknowledgements(CLOCK));

    private MessageOutcome take(MessageHeader header, String raw, OrderReading reading) {
        kept.add(raw);
        readings.add(reading);
        return reading instanceof OrderReading.Refused r ? r.outcome() : MessageOutcome.accepted("kept");
    }

    @Test
    void an_order_is_handed_to_the_intake_raw_and_read_and_answered_aa_with_its_control_id() throws Exception {
        String raw = SampleMessages.load(SampleMessages.ORM_V251_STAT);

        Terser ack = answer(raw);

        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(ack.get("/MSA-2")).isEqualTo("MSG-ORM-0001");
        assertThat(ack.get("/MSH-5")).isEqualTo("RIS");
        assertThat(ack.get("/MSH-6")).isEqualTo("TX-DALLAS-RAD");
        assertThat(ack.get("/MSH-9-1")).isEqualTo("ACK");
        assertThat(ack.get("/MSH-12")).isEqualTo("2.5.1");
        assertThat(kept).containsExactly(raw);
        assertThat(readings.get(0)).isInstanceOf(OrderReading.Read.class);
    }

    @Test
    void a_v23_order_is_answered_in_v23() throws Exception {
        Terser ack = answer(SampleMessages.load(SampleMessages.ORM_V23_ROUTINE_CHANGE));

        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(ack.get("/MSH-12")).isEqualTo("2.3");
    }

    @Test
    void a_missing_accession_is_answered_ae_with_the_field_in_msa_3_and_err() throws Exception {
        Terser ack = answer(SampleMessages.load(SampleMessages.ORM_MISSING_ACCESSION));

        assertThat(ack.get("/MSA-1")).isEqualTo("AE");
        assertThat(ack.get("/MSA-2")).isEqualTo("MSG-ORM-0002");
        assertThat(ack.get("/MSA-3")).contains("OBR-18");
        assertThat(ack.get("/ERR-2-1")).isEqualTo("OBR");
        assertThat(ack.get("/ERR-2-3")).isEqualTo("18");
        assertThat(ack.get("/ERR-3-1")).isEqualTo("101");
        assertThat(ack.get("/ERR-8")).contains("OBR-18");
        assertThat(kept).hasSize(1);
    }

    @Test
    void an_unknown_message_type_is_answered_ar() throws Exception {
        Terser ack = answer(SampleMessages.load(SampleMessages.ADT_A01));

        assertThat(ack.get("/MSA-1")).isEqualTo("AR");
        assertThat(ack.get("/MSA-3")).contains("ADT^A01");
        assertThat(ack.get("/ERR-3-1")).isEqualTo("200");
        assertThat(kept).hasSize(1);
    }

    @Test
    void text_that_is_not_hl7_is_rejected_and_still_kept() throws Exception {
        String raw = SampleMessages.load(SampleMessages.NOT_HL7);

        Terser ack = answer(raw);

        assertThat(ack.get("/MSA-1")).isEqualTo("AR");
        assertThat(ack.get("/MSA-3")).contains("not an HL7 v2 message");
        assertThat(kept).containsExactly(raw);
    }

    @Test
    void a_message_with_broken_segments_is_refused_and_still_kept() throws Exception {
        String raw = SampleMessages.load(SampleMessages.BROKEN_SEGMENTS);

        Terser ack = answer(raw);

        assertThat(ack.get("/MSA-1")).isIn("AR", "AE");
        assertThat(ack.get("/MSA-2")).isEqualTo("MSG-BROKEN-0001");
        assertThat(ack.get("/MSA-3")).isNotBlank();
        assertThat(kept).containsExactly(raw);
    }

    @Test
    void answering_any_message_writes_no_id_file_into_the_working_directory() throws Exception {
        java.nio.file.Path idFile = ca.uhn.hl7v2.util.Home.getHomeDirectory().toPath().resolve("id_file");
        java.nio.file.Files.deleteIfExists(idFile);

        for (String sample : List.of(SampleMessages.ORM_V251_STAT, SampleMessages.ORM_MISSING_ACCESSION,
                SampleMessages.ADT_A01, SampleMessages.NOT_HL7, SampleMessages.BROKEN_SEGMENTS)) {
            assertThat(answer(SampleMessages.load(sample)).get("/MSH-10")).startsWith("TR");
        }
        // an intake that fails once: HAPI builds an error ACK itself, with the listener's message id generator
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        OrderReceiver failingOnce = new OrderReceiver((header, raw, reading) -> {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("the order store is down");
            }
            return take(header, raw, reading);
        }, new Acknowledgements(CLOCK));
        assertThat(answer(SampleMessages.load(SampleMessages.ORM_V251_STAT), failingOnce).get("/MSH-10"))
                .startsWith("TR");

        assertThat(idFile).doesNotExist();
    }

    private Terser answer(String raw) throws HL7Exception {
        return answer(raw, receiver);
    }

    private Terser answer(String raw, OrderReceiver receiver) throws HL7Exception {
        ApplicationRouterImpl router = new ApplicationRouterImpl(HAPI);
        router.bindApplication(new AppRoutingDataImpl("*", "*", "*", "*"), receiver);
        router.setExceptionHandler(receiver);
        String response = router.processMessage(new TransportableImpl(raw)).getMessage();
        Message ack = HAPI.getGenericParser().parse(response);
        return new Terser(ack);
    }
}
