package org.telerad.routing.hl7.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.KeptOrder;
import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderControl;
import org.telerad.routing.hl7.domain.OrderState;
import org.telerad.routing.hl7.domain.OrderedPatient;
import org.telerad.routing.hl7.domain.ReceivedMessage;
import org.telerad.routing.task.domain.Priority;

/** hl7_message and hl7_order on a real PostgreSQL with the routing migrations. */
@ExtendWith(RoutingTables.class)
class JdbcHl7StoresTest {

    private static final Instant T0 = Instant.parse("2026-11-27T22:00:00Z");

    @Test
    void a_pending_order_is_found_by_accession_or_study_and_settles_once(DataSource db) {
        JdbcImagingOrders orders = new JdbcImagingOrders(db);
        orders.lockJoinKeys("ACC-1", "2.25.1");
        ImagingOrder order = new ImagingOrder(OrderControl.NEW, "PLC-1", "FIL-1", "ACC-1", "2.25.1", Priority.HIGH,
                "RIS", "TX-DALLAS-RAD", "Dallas ED", "CTHEAD^CT head",
                new OrderedPatient("MRN-1", "HOSP", "Doe^Jane", LocalDate.of(1970, 1, 2), "F"));
        long id = orders.add("CTL-1", order, OrderState.PENDING, null, T0);

        assertThat(orders.pendingFor("ACC-1", null)).singleElement()
                .isEqualTo(new KeptOrder(id, "CTL-1", order, OrderState.PENDING));
        assertThat(orders.pendingFor("OTHER", "2.25.1")).hasSize(1);
        assertThat(orders.pendingFor("OTHER", "2.25.2")).isEmpty();

        orders.settle(id, OrderState.APPLIED, "2.25.99", T0.plusSeconds(5));

        assertThat(orders.pendingFor("ACC-1", "2.25.1")).isEmpty();
        assertThat(value(db, "select state || ' ' || workitem_uid from hl7_order where id = " + id))
                .isEqualTo("APPLIED 2.25.99");
    }

    @Test
    void a_received_message_is_kept_with_its_raw_text_and_outcome(DataSource db) {
        JdbcHl7Messages messages = new JdbcHl7Messages(db);
        String raw = "MSH|^~\\&|RIS|TX|TELERAD|TELERAD|20261127||ORM^O01|CTL-9|P|2.5.1\rPID|1||MRN-1||Doe^Jane\u0000";

        long id = messages.keep(new ReceivedMessage(T0, MessageHeader.fromRaw(raw), raw,
                MessageOutcome.missing("OBR-18", "accession number")));

        assertThat(value(db, "select control_id || ' ' || message_type || ' ' || outcome || ' ' || reason"
                + " from hl7_message where id = " + id)).isEqualTo("CTL-9 ORM^O01 AE OBR-18 (accession number) is required");
        assertThat(value(db, "select raw_message from hl7_message where id = " + id)).startsWith(raw.substring(0, 60))
                .contains("Doe^Jane");
    }

    private static String value(DataSource db, String sql) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
