package org.telerad.routing.task.application;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.shared.testing.OneInstance;

/**
 * A {@link ReadingTaskService} wired to in-memory collaborators, for tests of the modules that call it: tasks in
 * an {@code InMemoryReadingTasks}, audit records in a list, events recorded, routing through a given
 * {@link TaskRouting}.
 */
public final class ReadingTaskServices {

    private ReadingTaskServices() {
    }

    public static ReadingTaskService inMemory(org.telerad.routing.task.domain.ReadingTasks tasks, TaskRouting routing,
            Clock clock, List<AuditRecord> audit) {
        return inMemory(tasks, () -> routing, clock, audit, new FiredEvents<>());
    }

    /** The same, with the routing bean asked anew on every use and the fired events kept in {@code events}. */
    public static ReadingTaskService inMemory(org.telerad.routing.task.domain.ReadingTasks tasks,
            Supplier<TaskRouting> routing, Clock clock, List<AuditRecord> audit, FiredEvents<ReadingTaskEvent> events) {
        ReadingTaskService s = new ReadingTaskService();
        s.tasks = tasks;
        s.audit = audit::add;
        s.clock = clock;
        s.currentCaller = new CurrentCaller();
        s.events = events;
        s.routing = OneInstance.supplied(routing);
        return s;
    }
}
