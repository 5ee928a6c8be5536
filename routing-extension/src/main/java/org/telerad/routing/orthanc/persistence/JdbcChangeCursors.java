package org.telerad.routing.orthanc.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.orthanc.domain.ChangeCursors;

/** Cursors in table {@code routing_archive_cursor}; joins the caller's JTA transaction through {@code TeleradDS}. */
@ApplicationScoped
public class JdbcChangeCursors implements ChangeCursors {

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcChangeCursors() {
    }

    /** For tests outside the container. */
    public JdbcChangeCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long positionOf(String archive) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into routing_archive_cursor (archive_name,"
                    + " position, updated_at) values (?, 0, now()) on conflict do nothing")) {
                insert.setString(1, archive);
                insert.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select position from routing_archive_cursor where archive_name = ?")) {
                s.setString(1, archive);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the change cursor could not be read (SQL state " + e.getSQLState() + ")");
        }
    }

    @Override
    public boolean advance(String archive, long expected, long next) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select position from routing_archive_cursor"
                    + " where archive_name = ? for update skip locked")) {
                lock.setString(1, archive);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != expected) {
                        return false;
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("update routing_archive_cursor set position = ?,"
                    + " updated_at = now() where archive_name = ?")) {
                update.setLong(1, next);
                update.setString(2, archive);
                return update.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the change cursor could not be advanced (SQL state " + e.getSQLState()
                    + ")");
        }
    }
}
