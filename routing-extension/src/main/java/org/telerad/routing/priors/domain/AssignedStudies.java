package org.telerad.routing.priors.domain;

import java.util.Optional;

/** The tasks priors are fetched for, read from the reading-task store. */
public interface AssignedStudies {

    Optional<PrefetchSubject> byTask(String taskUid);
}
