package org.telerad.routing.hl7.testing;

import java.util.ArrayList;
import java.util.List;

import org.telerad.routing.hl7.domain.Hl7Messages;
import org.telerad.routing.hl7.domain.ReceivedMessage;

/** Kept messages in a list. */
public final class InMemoryHl7Messages implements Hl7Messages {

    public final List<ReceivedMessage> kept = new ArrayList<>();

    @Override
    public long keep(ReceivedMessage message) {
        kept.add(message);
        return kept.size();
    }
}
