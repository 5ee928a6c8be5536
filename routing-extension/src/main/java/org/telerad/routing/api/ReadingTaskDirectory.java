package org.telerad.routing.api;

import java.util.Optional;

/**
 * What other modules may ask about a reading task: its {@link TaskFacts} as stored now (joins the caller's
 * transaction, so it sees the caller's own uncommitted changes). Thread safe.
 */
public interface ReadingTaskDirectory {

    Optional<TaskFacts> find(String workitemUid);
}
