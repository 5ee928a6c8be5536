package org.telerad.routing.upsrs.subscription;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one node tells the others about a UPS event, so that subscribers connected anywhere hear it: identifiers
 * only (the sending node, the workitem, the UPS event type, and for a cancel request the requesting AE title);
 * the receiving node reloads the workitem. Its text form ({@link #payload()}, {@code v1|node|uid|type|requester})
 * fits PostgreSQL's NOTIFY payload limit (8000 bytes) by far.
 */
public record EventNotice(String node, String workitem, int eventType, String requestedBy) {

    private static final Pattern UID = Pattern.compile("[0-9.]{1,64}");
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public EventNotice {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(workitem, "workitem");
        if (!NODE.matcher(node).matches() || !UID.matcher(workitem).matches() || eventType < 1 || eventType > 5) {
            throw new IllegalArgumentException("not an event notice");
        }
        requestedBy = requestedBy == null || requestedBy.isBlank() || requestedBy.length() > 16
                || requestedBy.chars().anyMatch(c -> c < ' ' || c == '|' || c > '~') ? null : requestedBy;
    }

    public String payload() {
        return "v1|" + node + "|" + workitem + "|" + eventType + "|" + (requestedBy == null ? "" : requestedBy);
    }

    /** The notice in {@code payload}; throws IllegalArgumentException for anything else. */
    public static EventNotice parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\|", -1);
        if (parts.length != 5 || !"v1".equals(parts[0])) {
            throw new IllegalArgumentException("not an event notice");
        }
        try {
            return new EventNotice(parts[1], parts[2], Integer.parseInt(parts[3]), parts[4]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an event notice");
        }
    }
}
