package org.telerad.routing.orthanc.domain;

import java.util.Optional;

/**
 * Port: what the Orthanc connector asks of Orthanc's REST API. Implementation: {@code HttpOrthancApi}; an
 * in-memory fake in tests.
 */
public interface OrthancApi {

    /**
     * The changes after position {@code since}, at most {@code limit} ({@code GET /changes?since=&limit=}).
     *
     * @throws OrthancUnreachable when Orthanc cannot be asked
     */
    ChangePage changes(long since, int limit);

    /**
     * The study with this Orthanc ID, empty when Orthanc no longer has it.
     *
     * @throws OrthancUnreachable when Orthanc cannot be asked
     */
    Optional<OrthancStudy> study(String orthancStudyId);
}
