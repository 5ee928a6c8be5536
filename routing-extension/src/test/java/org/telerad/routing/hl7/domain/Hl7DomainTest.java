package org.telerad.routing.hl7.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telerad.routing.task.domain.Priority;

class Hl7DomainTest {

    @Test
    void hl7_priorities_map_stat_asap_routine_to_high_medium_low_and_others_to_none() {
        assertThat(OrderPriority.readingPriorityOf("S")).contains(Priority.HIGH);
        assertThat(OrderPriority.readingPriorityOf(" a ")).contains(Priority.MEDIUM);
        assertThat(OrderPriority.readingPriorityOf("R")).contains(Priority.LOW);
        assertThat(OrderPriority.readingPriorityOf("P")).isEmpty();
        assertThat(OrderPriority.readingPriorityOf(null)).isEmpty();
    }

    @Test
    void the_header_is_read_from_raw_text_with_the_separators_the_message_declares() {
        MessageHeader h = MessageHeader.fromRaw("MSH#$~\\&#RIS$X#FAC#TELERAD#TR#2026##ORM$O01$ORM_O01#C-1#P#2.4\rPID#1");

        assertThat(h).isEqualTo(new MessageHeader("RIS", "FAC", "TELERAD", "TR", "ORM^O01", "C-1", "2.4"));
    }

    @Test
    void text_without_an_msh_segment_has_an_unknown_header() {
        assertThat(MessageHeader.fromRaw("hello")).isEqualTo(MessageHeader.unknown());
        assertThat(MessageHeader.fromRaw(null).typeOrUnknown()).isEqualTo("unknown");
    }

    @Test
    void a_new_order_never_lowers_the_priority_but_a_change_order_sets_it() {
        assertThat(JoinPolicy.priorityAfterJoin(Priority.MEDIUM, order(OrderControl.NEW, Priority.HIGH)))
                .contains(Priority.HIGH);
        assertThat(JoinPolicy.priorityAfterJoin(Priority.HIGH, order(OrderControl.NEW, Priority.LOW))).isEmpty();
        assertThat(JoinPolicy.priorityAfterJoin(Priority.HIGH, order(OrderControl.CHANGE, Priority.LOW)))
                .contains(Priority.LOW);
        assertThat(JoinPolicy.priorityAfterJoin(Priority.LOW, order(OrderControl.NEW, null))).isEmpty();
    }

    private static ImagingOrder order(OrderControl control, Priority priority) {
        return new ImagingOrder(control, null, null, "ACC-1", null, priority, null, null, null, null, null);
    }
}
