package org.telerad.routing.hl7.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.hl7.domain.Hl7Messages;
import org.telerad.routing.hl7.domain.ReceivedMessage;

/** Received messages in table {@code hl7_message} (joins the caller's JTA transaction). */
@ApplicationScoped
public class JdbcHl7Messages implements Hl7Messages {

    static final String KEEP = "insert into hl7_message (received_at, sending_application, sending_facility,"
            + " message_type, control_id, version, raw_message, outcome, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " returning id";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcHl7Messages() {
    }

    public JdbcHl7Messages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long keep(ReceivedMessage m) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(KEEP)) {
            s.setTimestamp(1, Timestamp.from(m.receivedAt()));
            s.setString(2, cut(m.header().sendingApplication()));
            s.setString(3, cut(m.header().sendingFacility()));
            s.setString(4, cut(m.header().messageType()));
            s.setString(5, cut(m.header().controlId()));
            s.setString(6, cut(m.header().version()));
            // PostgreSQL text cannot hold NUL characters; keep everything else byte for byte
            s.setString(7, m.raw().replace('\u0000', '\uFFFD'));
            s.setString(8, m.outcome().code().name());
            s.setString(9, m.outcome().reason());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("keeping an HL7 message failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static String cut(String s) {
        return s == null ? null : s.length() > 200 ? s.substring(0, 200) : s;
    }
}
