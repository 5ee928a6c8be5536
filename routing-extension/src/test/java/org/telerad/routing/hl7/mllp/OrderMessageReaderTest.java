package org.telerad.routing.hl7.mllp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import org.junit.jupiter.api.Test;
import org.telerad.routing.hl7.domain.AckCode;
import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderControl;
import org.telerad.routing.hl7.domain.OrderReading;
import org.telerad.routing.hl7.testing.SampleMessages;
import org.telerad.routing.task.domain.Priority;

class OrderMessageReaderTest {

    private static final HapiContext HAPI = MllpListener.receivingContext(null, null);

    private final OrderMessageReader reader = new OrderMessageReader();

    @Test
    void an_orm_o01_in_v251_reads_as_a_stat_order_with_accession_study_facility_and_patient() throws HL7Exception {
        ImagingOrder order = read(SampleMessages.ORM_V251_STAT);

        assertThat(order.control()).isEqualTo(OrderControl.NEW);
        assertThat(order.accessionNumber()).isEqualTo("ACC-0001");
        assertThat(order.studyInstanceUid()).isEqualTo("2.25.1234567890");
        assertThat(order.priority()).isEqualTo(Priority.HIGH);
        assertThat(order.placerOrderNumber()).isEqualTo("PLC-1001");
        assertThat(order.fillerOrderNumber()).isEqualTo("FIL-2001");
        assertThat(order.sendingApplication()).isEqualTo("RIS");
        assertThat(order.sendingFacility()).isEqualTo("TX-DALLAS-RAD");
        assertThat(order.orderingFacility()).isEqualTo("Dallas Memorial ED");
        assertThat(order.procedure()).isEqualTo("CTHEAD^CT head without contrast");
        assertThat(order.patient().id()).isEqualTo("MRN-12345");
        assertThat(order.patient().issuer()).isEqualTo("HOSP-DALLAS");
        assertThat(order.patient().name()).isEqualTo("Doe^Jane");
        assertThat(order.patient().birthDate()).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(order.patient().sex()).isEqualTo("F");
        assertThat(order.toString()).doesNotContain("Doe", "MRN-12345", "1970");
    }

    @Test
    void an_omi_o23_takes_accession_and_study_from_ipc_and_priority_from_tq1() throws HL7Exception {
        ImagingOrder order = read(SampleMessages.OMI_V251_ASAP);

        assertThat(order.accessionNumber()).isEqualTo("ACC-OMI-0001");
        assertThat(order.studyInstanceUid()).isEqualTo("2.25.9876543210");
        assertThat(order.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(order.sendingFacility()).isEqualTo("TX-HOUSTON-RAD");
        assertThat(order.orderingFacility()).isEqualTo("Houston General");
        assertThat(order.procedure()).isEqualTo("MRBRAIN^MR brain");
    }

    @Test
    void a_v23_orm_is_read_through_the_v251_structures_as_a_routine_change() throws HL7Exception {
        ImagingOrder order = read(SampleMessages.ORM_V23_ROUTINE_CHANGE);

        assertThat(order.control()).isEqualTo(OrderControl.CHANGE);
        assertThat(order.accessionNumber()).isEqualTo("ACC-23-0001");
        assertThat(order.studyInstanceUid()).isNull();
        assertThat(order.priority()).isEqualTo(Priority.LOW);
        assertThat(order.patient().issuer()).isEqualTo("HOSP-HOU");
    }

    @Test
    void an_order_without_accession_is_an_application_error_naming_obr_18() throws HL7Exception {
        MessageOutcome outcome = refusal(SampleMessages.ORM_MISSING_ACCESSION);

        assertThat(outcome.code()).isEqualTo(AckCode.AE);
        assertThat(outcome.location()).isEqualTo("OBR-18");
        assertThat(outcome.reason()).contains("OBR-18").contains("accession number");
        assertThat(outcome.errorCode()).isEqualTo(101);
    }

    @Test
    void an_order_without_obr_segment_is_an_application_error_naming_the_segment() throws HL7Exception {
        MessageOutcome outcome = refusal(SampleMessages.ORM_WITHOUT_OBR);

        assertThat(outcome.code()).isEqualTo(AckCode.AE);
        assertThat(outcome.location()).isEqualTo("OBR");
        assertThat(outcome.errorCode()).isEqualTo(100);
    }

    @Test
    void another_message_type_is_rejected_as_unsupported() throws HL7Exception {
        MessageOutcome outcome = refusal(SampleMessages.ADT_A01);

        assertThat(outcome.code()).isEqualTo(AckCode.AR);
        assertThat(outcome.reason()).contains("ADT^A01").contains("ORM^O01").contains("OMI^O23");
        assertThat(outcome.errorCode()).isEqualTo(200);
    }

    private ImagingOrder read(String sample) throws HL7Exception {
        OrderReading reading = reader.read(parse(sample));
        assertThat(reading).isInstanceOf(OrderReading.Read.class);
        return ((OrderReading.Read) reading).order();
    }

    private MessageOutcome refusal(String sample) throws HL7Exception {
        OrderReading reading = reader.read(parse(sample));
        assertThat(reading).isInstanceOf(OrderReading.Refused.class);
        return ((OrderReading.Refused) reading).outcome();
    }

    private static Message parse(String sample) throws HL7Exception {
        return HAPI.getGenericParser().parse(SampleMessages.load(sample));
    }
}
