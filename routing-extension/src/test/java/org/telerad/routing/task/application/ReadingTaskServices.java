package org.telerad.routing.task.application;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;

import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.security.CurrentCaller;

/**
 * A {@link ReadingTaskService} wired to in-memory collaborators, for tests of the modules that call it: tasks in
 * an {@code InMemoryReadingTasks}, audit records and events in lists, routing through a given {@link TaskRouting}.
 */
public final class ReadingTaskServices {

    private ReadingTaskServices() {
    }

    public static ReadingTaskService inMemory(org.telerad.routing.task.domain.ReadingTasks tasks, TaskRouting routing,
            Clock clock, List<AuditRecord> audit) {
        ReadingTaskService s = new ReadingTaskService();
        s.tasks = tasks;
        s.audit = audit::add;
        s.clock = clock;
        s.currentCaller = new CurrentCaller();
        s.events = new RecordingEvent(new ArrayList<>());
        s.routing = new SingleInstance(() -> routing);
        return s;
    }

    /** Records fired events; nothing else of {@link Event} is used by the service. */
    record RecordingEvent(List<ReadingTaskEvent> fired) implements Event<ReadingTaskEvent> {
        @Override
        public void fire(ReadingTaskEvent event) {
            fired.add(event);
        }

        @Override
        public <U extends ReadingTaskEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReadingTaskEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ReadingTaskEvent> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ReadingTaskEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReadingTaskEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** One routing bean, as CDI would resolve it. */
    record SingleInstance(Supplier<TaskRouting> bean) implements Instance<TaskRouting> {
        @Override
        public TaskRouting get() {
            return bean.get();
        }

        @Override
        public boolean isUnsatisfied() {
            return false;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public Iterator<TaskRouting> iterator() {
            return List.of(bean.get()).iterator();
        }

        @Override
        public Instance<TaskRouting> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends TaskRouting> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends TaskRouting> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void destroy(TaskRouting instance) {
        }

        @Override
        public Handle<TaskRouting> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<TaskRouting>> handles() {
            throw new UnsupportedOperationException();
        }
    }
}
