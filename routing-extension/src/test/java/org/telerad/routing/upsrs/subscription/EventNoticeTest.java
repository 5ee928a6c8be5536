package org.telerad.routing.upsrs.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventNoticeTest {

    @Test
    void a_notice_travels_as_identifiers_only_and_reads_back_the_same() {
        EventNotice notice = new EventNotice("node-a", "2.25.123", EventReports.CANCEL_REQUESTED, "RIS_AE");

        assertThat(notice.payload()).isEqualTo("v1|node-a|2.25.123|2|RIS_AE");
        assertThat(EventNotice.parse(notice.payload())).isEqualTo(notice);
        assertThat(EventNotice.parse("v1|node-a|2.25.123|1|").requestedBy()).isNull();
    }

    @Test
    void anything_else_on_the_channel_is_not_a_notice() {
        for (String junk : new String[] { null, "", "hello", "v2|n|2.25.1|1|", "v1|n|not-a-uid|1|", "v1|n|2.25.1|9|",
                "v1|n|2.25.1|x|" }) {
            assertThatThrownBy(() -> EventNotice.parse(junk)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_requesting_ae_title_that_could_break_the_format_is_dropped() {
        assertThat(new EventNotice("n", "2.25.1", 2, "A|B").requestedBy()).isNull();
        assertThat(new EventNotice("n", "2.25.1", 2, "SEVENTEEN_CHARS_X").requestedBy()).isNull();
    }
}
