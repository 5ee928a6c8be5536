package org.telerad.routing.archive.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.shared.security.CurrentCaller;

class ConnectorPollingTest {

    /** Answers the scripted results in turn; an exception in the script is thrown. */
    static final class ScriptedConnector implements ArchiveConnector {
        final List<Object> script = new ArrayList<>();
        final List<String> callers = new ArrayList<>();

        @Override
        public String archiveName() {
            return "local-orthanc";
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofSeconds(2);
        }

        @Override
        public FollowResult follow() {
            callers.add(new CurrentCaller().get().username());
            Object next = script.remove(0);
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (FollowResult) next;
        }
    }

    @Test
    void a_tick_never_throws_so_the_schedule_survives_an_unreachable_or_failing_archive() {
        ScriptedConnector connector = new ScriptedConnector();
        connector.script.addAll(List.of(ArchiveConnector.FollowResult.unreachable("connection refused"),
                ArchiveConnector.FollowResult.unreachable("connection refused"), new IllegalStateException("boom"),
                ArchiveConnector.FollowResult.followed(2, 21)));
        ConnectorPolling.Tick tick = new ConnectorPolling.Tick(connector);

        for (int i = 0; i < 4; i++) {
            assertThatCode(tick::run).doesNotThrowAnyException();
        }

        assertThat(connector.script).isEmpty();
        assertThat(connector.callers).allSatisfy(name -> assertThat(name).contains("local-orthanc"));
    }
}
