package org.telerad.routing.upsrs.subscription.persistence;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.routing.upsrs.subscription.EventNotice;
import org.telerad.routing.upsrs.subscription.EventRelay;
import org.telerad.routing.upsrs.subscription.EventReports;
import org.telerad.shared.lifecycle.SchemaMigrated;

/**
 * The {@link EventRelay} Telerad runs: PostgreSQL LISTEN/NOTIFY on {@code TeleradDS} ({@link ListenNotifyChannel}),
 * listening from the moment the schema is migrated until the deployment stops, on a managed thread. Every node
 * of one database is on the channel; a notice from another node is delivered to this node's subscribers by
 * {@link EventReports#deliverFromAnotherNode}.
 */
@ApplicationScoped
public class PostgresEventRelay implements EventRelay {

    private static final String NODE = UUID.randomUUID().toString();

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    EventReports reports;

    private ListenNotifyChannel channel;

    @PostConstruct
    void open() {
        channel = new ListenNotifyChannel(dataSource, NODE, notice -> reports.deliverFromAnotherNode(notice), threads,
                Duration.ofSeconds(5));
    }

    void onSchemaMigrated(@Observes SchemaMigrated migrated) {
        channel.start();
    }

    @PreDestroy
    void close() {
        channel.close();
    }

    @Override
    public String node() {
        return NODE;
    }

    @Override
    public void publish(EventNotice notice) {
        channel.publish(notice);
    }
}
