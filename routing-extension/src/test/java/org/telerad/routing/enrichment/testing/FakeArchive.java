package org.telerad.routing.enrichment.testing;

import java.util.ArrayList;
import java.util.List;

import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.domain.ArchiveQuery;
import org.telerad.routing.enrichment.domain.ArchiveUnreachable;
import org.telerad.routing.enrichment.domain.SeriesFacts;

/** An archive in memory: answers the series it was given, or is unreachable; remembers what it was asked. */
public final class FakeArchive implements ArchiveQuery {

    private volatile List<SeriesFacts> series = List.of();
    private volatile String unreachable;
    public final List<String> asked = new ArrayList<>();

    public FakeArchive answering(SeriesFacts... answer) {
        series = List.of(answer);
        unreachable = null;
        return this;
    }

    public FakeArchive unreachable(String reason) {
        unreachable = reason;
        return this;
    }

    @Override
    public synchronized List<SeriesFacts> series(ConfiguredArchive archive, String studyInstanceUid) {
        asked.add(archive.name() + " " + studyInstanceUid);
        if (unreachable != null) {
            throw new ArchiveUnreachable(unreachable);
        }
        if (series.isEmpty()) {
            throw new ArchiveUnreachable("the archive knows no series of the study yet");
        }
        return series;
    }
}
