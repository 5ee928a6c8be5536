package org.telerad.sla.contract.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The moments known about a study that a contract may start its clock at; any may be unknown (null).
 */
public record StudyMoments(Instant orderedAt, Instant firstImageAt, Instant studyCompletedAt) {

    public static StudyMoments studyCompletedAt(Instant at) {
        return new StudyMoments(null, null, SlaErrors.required(at, "studyCompletedAt"));
    }

    public Optional<Instant> moment(ClockStart start) {
        return Optional.ofNullable(switch (start) {
            case STUDY_COMPLETE -> studyCompletedAt;
            case ORDER_TIME -> orderedAt;
            case FIRST_IMAGE -> firstImageAt;
        });
    }
}
