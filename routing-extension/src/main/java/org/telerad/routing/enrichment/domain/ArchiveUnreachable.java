package org.telerad.routing.enrichment.domain;

/**
 * The archive could not be asked, or could not answer yet (connection refused, time-out, an HTTP error, an
 * unreadable answer, no series of the study yet): the task waits for a retry. The message is the reason, free
 * of personal data.
 */
public class ArchiveUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveUnreachable(String reason) {
        super(reason, null, false, false);
    }
}
