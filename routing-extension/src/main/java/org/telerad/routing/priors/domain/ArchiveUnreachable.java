package org.telerad.routing.priors.domain;

/** The archive could not be asked (network, HTTP status, bad answer); the message names no patient data. */
public class ArchiveUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveUnreachable(String message) {
        super(message);
    }
}
