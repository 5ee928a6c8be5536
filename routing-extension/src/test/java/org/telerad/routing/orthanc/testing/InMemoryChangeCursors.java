package org.telerad.routing.orthanc.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.telerad.routing.orthanc.domain.ChangeCursors;

/** Cursors in memory; {@link #lockedElsewhere} makes {@code advance} answer as if another node held the row. */
public final class InMemoryChangeCursors implements ChangeCursors {

    private final Map<String, Long> positions = new HashMap<>();
    private final Set<String> locked = new HashSet<>();

    public synchronized InMemoryChangeCursors at(String archive, long position) {
        positions.put(archive, position);
        return this;
    }

    public synchronized InMemoryChangeCursors lockedElsewhere(String archive) {
        locked.add(archive);
        return this;
    }

    public synchronized InMemoryChangeCursors released(String archive) {
        locked.remove(archive);
        return this;
    }

    @Override
    public synchronized long positionOf(String archive) {
        return positions.computeIfAbsent(archive, a -> 0L);
    }

    @Override
    public synchronized boolean advance(String archive, long expected, long next) {
        if (locked.contains(archive) || positions.getOrDefault(archive, 0L) != expected) {
            return false;
        }
        positions.put(archive, next);
        return true;
    }
}
