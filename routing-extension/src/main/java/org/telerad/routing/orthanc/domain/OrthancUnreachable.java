package org.telerad.routing.orthanc.domain;

/** Orthanc could not be asked or gave an unreadable answer; the message is the reason, free of personal data. */
public class OrthancUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrthancUnreachable(String reason) {
        super(reason, null, false, false);
    }
}
