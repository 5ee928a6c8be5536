package org.telerad.routing.upsrs.subscription.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.upsrs.subscription.EventNotice;
import org.telerad.routing.upsrs.subscription.EventReports;
import org.telerad.routing.upsrs.subscription.Subscription;

/** Two Telerad nodes on one PostgreSQL database, each with its own connections, relaying UPS event notices. */
@ExtendWith(RoutingTables.class)
class ListenNotifyChannelTest {

    @Test
    void a_notice_published_on_node_a_reaches_node_b_and_not_a_itself(DataSource dataSource) throws Exception {
        List<EventNotice> heardOnA = new CopyOnWriteArrayList<>();
        List<EventNotice> heardOnB = new CopyOnWriteArrayList<>();
        try (ListenNotifyChannel a = new ListenNotifyChannel(dataSource, "node-a", heardOnA::add, Thread::new,
                Duration.ofMillis(200));
                ListenNotifyChannel b = new ListenNotifyChannel(dataSource, "node-b", heardOnB::add, Thread::new,
                        Duration.ofMillis(200))) {
            a.start();
            b.start();
            assertThat(a.awaitListening(Duration.ofSeconds(10))).isTrue();
            assertThat(b.awaitListening(Duration.ofSeconds(10))).isTrue();

            EventNotice assigned = new EventNotice("node-a", "2.25.4711", EventReports.ASSIGNED, null);
            a.publish(assigned);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (heardOnB.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(heardOnB).containsExactly(assigned);
            Thread.sleep(300);
            assertThat(heardOnA).as("a node's own notices come back and are skipped").isEmpty();
        }
    }

    @Test
    void a_filtered_global_subscription_is_stored_and_listed_with_its_filter(DataSource dataSource) {
        JdbcSubscriptions subscriptions = new JdbcSubscriptions(dataSource);
        subscriptions.save(new Subscription("WATCHER", Subscription.GLOBAL, false, false, "facility=tx-dallas"));
        subscriptions.save(new Subscription("MINE", "2.25.9", false, false));
        subscriptions.save(new Subscription("OTHER", "2.25.10", false, false));

        assertThat(subscriptions.listenersOf("2.25.9")).containsExactlyInAnyOrder(
                new Subscription("WATCHER", Subscription.GLOBAL, false, false, "facility=tx-dallas"),
                new Subscription("MINE", "2.25.9", false, false));

        subscriptions.save(new Subscription("WATCHER", Subscription.GLOBAL, false, false));
        assertThat(subscriptions.listenersOf("2.25.9")).extracting(Subscription::filter).containsOnlyNulls();
    }
}
