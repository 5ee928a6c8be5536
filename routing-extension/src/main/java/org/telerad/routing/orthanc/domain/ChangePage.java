package org.telerad.routing.orthanc.domain;

import java.util.List;

/**
 * One page of Orthanc's change log after a position: the changes, the position to continue from ({@code Last})
 * and whether the log is exhausted ({@code Done}).
 */
public record ChangePage(List<OrthancChange> changes, long last, boolean done) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
