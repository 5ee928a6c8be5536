package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.upsrs.UpsRsClient.archiveToken;
import static org.telerad.it.upsrs.UpsRsClient.changeState;
import static org.telerad.it.upsrs.UpsRsClient.create;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/** Many performers claim one workitem at the same instant over HTTP: exactly one claim wins (RAD-82). */
class ConcurrentClaimIT {

    static final int CLAIMS = 20;

    @Test
    void of_twenty_concurrent_claims_of_one_workitem_exactly_one_is_accepted_and_the_rest_get_409() throws Exception {
        String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();
        String uid = location.substring(location.lastIndexOf('/') + 1);
        String token = archiveToken();
        ExecutorService threads = Executors.newFixedThreadPool(CLAIMS);
        try {
            CountDownLatch ready = new CountDownLatch(CLAIMS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> claims = new ArrayList<>();
            for (int i = 1; i <= CLAIMS; i++) {
                String transactionUid = "1.2.826.0.1.3680043.10.7." + i;
                claims.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return changeState(location, token, "IN PROGRESS", transactionUid);
                }));
            }
            ready.await();
            go.countDown();

            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (int i = 0; i < CLAIMS; i++) {
                HttpResponse<String> r = claims.get(i).get(60, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                if (r.statusCode() == 200) {
                    winner = "1.2.826.0.1.3680043.10.7." + (i + 1);
                } else {
                    assertThat(r.headers().firstValue("Warning")).hasValueSatisfying(
                            w -> assertThat(w).startsWith("299 telerad:"));
                }
            }

            assertThat(statuses).as("statuses").filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLAIMS - 1);
            assertThat(storedTransactionUid(uid)).isEqualTo(winner);
        } finally {
            threads.shutdownNow();
        }
    }

    static String storedTransactionUid(String workitem) throws Exception {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(
                "select state, transaction_uid from routing_reading_task where workitem_uid = ?")) {
            s.setString(1, workitem);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("IN_PROGRESS");
                return rs.getString(2);
            }
        }
    }
}
