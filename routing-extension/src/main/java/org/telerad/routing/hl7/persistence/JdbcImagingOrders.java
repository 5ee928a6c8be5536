package org.telerad.routing.hl7.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.ImagingOrders;
import org.telerad.routing.hl7.domain.KeptOrder;
import org.telerad.routing.hl7.domain.OrderControl;
import org.telerad.routing.hl7.domain.OrderState;
import org.telerad.routing.hl7.domain.OrderedPatient;
import org.telerad.routing.task.domain.Priority;

/**
 * Orders in table {@code hl7_order} (joins the caller's JTA transaction). The join keys are held with
 * transaction-scoped PostgreSQL advisory locks ({@code pg_advisory_xact_lock}), accession before study, so two
 * nodes serialise on them too.
 */
@ApplicationScoped
public class JdbcImagingOrders implements ImagingOrders {

    static final String LOCK = "select pg_advisory_xact_lock(hashtext(?))";
    static final String ADD = "insert into hl7_order (received_at, control_id, order_control, state,"
            + " accession_number, study_instance_uid, placer_order_number, filler_order_number, priority,"
            + " sending_application, sending_facility, ordering_facility, procedure_code, patient_id, patient_issuer,"
            + " patient_name, patient_birth_date, patient_sex, workitem_uid, settled_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id";
    static final String PENDING = "select id, control_id, order_control, accession_number, study_instance_uid,"
            + " placer_order_number, filler_order_number, priority, sending_application, sending_facility,"
            + " ordering_facility, procedure_code, patient_id, patient_issuer, patient_name, patient_birth_date,"
            + " patient_sex from hl7_order where state = 'PENDING'"
            + " and (accession_number = ? or study_instance_uid = ?) order by id";
    static final String SETTLE = "update hl7_order set state = ?, workitem_uid = coalesce(?, workitem_uid),"
            + " settled_at = ? where id = ?";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcImagingOrders() {
    }

    public JdbcImagingOrders(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void lockJoinKeys(String accessionNumber, String studyInstanceUid) {
        try (Connection c = dataSource.getConnection()) {
            lock(c, accessionNumber == null ? null : "hl7-accession:" + accessionNumber);
            lock(c, studyInstanceUid == null ? null : "hl7-study:" + studyInstanceUid);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void lock(Connection c, String key) throws SQLException {
        if (key == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(LOCK)) {
            s.setString(1, key);
            s.execute();
        }
    }

    @Override
    public long add(String controlId, ImagingOrder o, OrderState state, String workitemUid, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ADD)) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, controlId);
            s.setString(3, o.control().code());
            s.setString(4, state.name());
            s.setString(5, o.accessionNumber());
            s.setString(6, o.studyInstanceUid());
            s.setString(7, o.placerOrderNumber());
            s.setString(8, o.fillerOrderNumber());
            s.setString(9, o.priority() == null ? null : o.priority().name());
            s.setString(10, o.sendingApplication());
            s.setString(11, o.sendingFacility());
            s.setString(12, o.orderingFacility());
            s.setString(13, o.procedure());
            s.setString(14, o.patient().id());
            s.setString(15, o.patient().issuer());
            s.setString(16, o.patient().name());
            s.setDate(17, o.patient().birthDate() == null ? null : Date.valueOf(o.patient().birthDate()));
            s.setString(18, o.patient().sex());
            s.setString(19, workitemUid);
            s.setTimestamp(20, state == OrderState.PENDING ? null : Timestamp.from(at));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<KeptOrder> pendingFor(String accessionNumber, String studyInstanceUid) {
        if (accessionNumber == null && studyInstanceUid == null) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PENDING)) {
            s.setString(1, accessionNumber);
            s.setString(2, studyInstanceUid);
            List<KeptOrder> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Date birth = rs.getDate("patient_birth_date");
                    String priority = rs.getString("priority");
                    ImagingOrder order = new ImagingOrder(OrderControl.ofCode(rs.getString("order_control")).orElseThrow(),
                            rs.getString("placer_order_number"), rs.getString("filler_order_number"),
                            rs.getString("accession_number"), rs.getString("study_instance_uid"),
                            priority == null ? null : Priority.valueOf(priority), rs.getString("sending_application"),
                            rs.getString("sending_facility"), rs.getString("ordering_facility"),
                            rs.getString("procedure_code"), new OrderedPatient(rs.getString("patient_id"),
                                    rs.getString("patient_issuer"), rs.getString("patient_name"),
                                    birth == null ? null : birth.toLocalDate(), rs.getString("patient_sex")));
                    out.add(new KeptOrder(rs.getLong("id"), rs.getString("control_id"), order, OrderState.PENDING));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void settle(long id, OrderState state, String workitemUid, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SETTLE)) {
            s.setString(1, state.name());
            s.setString(2, workitemUid);
            s.setTimestamp(3, Timestamp.from(at));
            s.setLong(4, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("HL7 order store failed (SQL state " + e.getSQLState() + ")", e);
    }
}
