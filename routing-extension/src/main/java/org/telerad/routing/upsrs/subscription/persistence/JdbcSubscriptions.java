package org.telerad.routing.upsrs.subscription.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.upsrs.subscription.Subscription;
import org.telerad.routing.upsrs.subscription.Subscriptions;

/** Subscriptions through plain JDBC on {@code TeleradDS}. */
@ApplicationScoped
public class JdbcSubscriptions implements Subscriptions {

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcSubscriptions() {
    }

    /** For tests outside a container. */
    public JdbcSubscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Subscription s) {
        update("insert into routing_ups_subscription (subscriber_ae, workitem_uid, deletion_lock, suspended, filter)"
                + " values (?, ?, ?, ?, ?) on conflict (subscriber_ae, workitem_uid) do update set"
                + " deletion_lock = excluded.deletion_lock, suspended = excluded.suspended, filter = excluded.filter",
                s.subscriberAe(), s.workitemUid(), s.deletionLock(), s.suspended(), s.filter());
    }

    @Override
    public boolean remove(String subscriberAe, String workitemUid) {
        return update("delete from routing_ups_subscription where subscriber_ae = ? and workitem_uid = ?",
                subscriberAe, workitemUid) > 0;
    }

    @Override
    public boolean suspendGlobal(String subscriberAe) {
        return update("update routing_ups_subscription set suspended = true where subscriber_ae = ?"
                + " and workitem_uid = ?", subscriberAe, Subscription.GLOBAL) > 0;
    }

    @Override
    public List<Subscription> listenersOf(String workitemUid) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select subscriber_ae, workitem_uid, deletion_lock, suspended, filter from routing_ups_subscription"
                        + " where workitem_uid = ? or (workitem_uid = ? and not suspended)")) {
            s.setString(1, workitemUid);
            s.setString(2, Subscription.GLOBAL);
            List<Subscription> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Subscription(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getString(5)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("subscriptions could not be read (SQL state " + e.getSQLState() + ")");
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("subscriptions could not be stored (SQL state " + e.getSQLState() + ")");
        }
    }
}
