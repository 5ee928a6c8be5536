package org.telerad.routing.orthanc.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;

@ExtendWith(RoutingTables.class)
class JdbcChangeCursorsTest {

    @Test
    void an_archive_never_followed_starts_at_the_beginning_of_its_log(DataSource db) {
        JdbcChangeCursors cursors = new JdbcChangeCursors(db);

        assertThat(cursors.positionOf("local-orthanc")).isZero();
        assertThat(cursors.positionOf("local-orthanc")).isZero();
    }

    @Test
    void the_cursor_moves_only_from_the_position_the_page_was_read_at(DataSource db) {
        JdbcChangeCursors cursors = new JdbcChangeCursors(db);
        cursors.positionOf("local-orthanc");

        assertThat(cursors.advance("local-orthanc", 0, 21)).isTrue();
        assertThat(cursors.advance("local-orthanc", 0, 30)).isFalse();
        assertThat(cursors.positionOf("local-orthanc")).isEqualTo(21);
        assertThat(cursors.advance("unknown-archive", 0, 5)).isFalse();
    }

    @Test
    void a_node_finds_the_cursor_another_node_holds_locked_and_skips_it_without_waiting(DataSource db)
            throws Exception {
        JdbcChangeCursors cursors = new JdbcChangeCursors(db);
        cursors.positionOf("local-orthanc");
        try (Connection otherNode = db.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement lock = otherNode.prepareStatement(
                    "select position from routing_archive_cursor where archive_name = 'local-orthanc' for update")) {
                lock.executeQuery().close();
            }

            long started = System.nanoTime();
            assertThat(cursors.advance("local-orthanc", 0, 7)).isFalse();
            assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);

            otherNode.rollback();
        }
        assertThat(cursors.advance("local-orthanc", 0, 7)).isTrue();
        assertThat(cursors.positionOf("local-orthanc")).isEqualTo(7);
    }
}
