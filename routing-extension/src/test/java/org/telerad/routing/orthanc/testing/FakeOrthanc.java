package org.telerad.routing.orthanc.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.routing.orthanc.domain.ChangePage;
import org.telerad.routing.orthanc.domain.OrthancApi;
import org.telerad.routing.orthanc.domain.OrthancChange;
import org.telerad.routing.orthanc.domain.OrthancStudy;
import org.telerad.routing.orthanc.domain.OrthancUnreachable;

/**
 * Orthanc in memory: {@link #receive} stores a study (its NewStudy change), {@link #stabilise} marks it stable
 * (StableStudy), {@link #instanceArrived} logs a NewInstance; {@code /changes} pages like Orthanc's.
 */
public final class FakeOrthanc implements OrthancApi {

    private final List<OrthancChange> log = new ArrayList<>();
    private final Map<String, OrthancStudy> studies = new LinkedHashMap<>();
    private String down;
    public int studyReads;

    public synchronized FakeOrthanc receive(OrthancStudy study) {
        studies.put(study.orthancId(), study);
        log.add(OrthancChange.newStudy(log.size() + 1, study.orthancId()));
        return this;
    }

    public synchronized FakeOrthanc instanceArrived(String instanceId) {
        log.add(new OrthancChange(log.size() + 1, "NewInstance", "Instance", instanceId));
        return this;
    }

    public synchronized FakeOrthanc stabilise(String orthancId) {
        log.add(OrthancChange.stableStudy(log.size() + 1, orthancId));
        return this;
    }

    public synchronized FakeOrthanc delete(String orthancId) {
        studies.remove(orthancId);
        log.add(new OrthancChange(log.size() + 1, "Deleted", "Study", orthancId));
        return this;
    }

    public synchronized FakeOrthanc down(String reason) {
        this.down = reason;
        return this;
    }

    public synchronized FakeOrthanc up() {
        this.down = null;
        return this;
    }

    public synchronized long last() {
        return log.size();
    }

    @Override
    public synchronized ChangePage changes(long since, int limit) {
        if (down != null) {
            throw new OrthancUnreachable(down);
        }
        List<OrthancChange> page = log.stream().filter(c -> c.seq() > since).limit(limit).toList();
        long last = page.isEmpty() ? log.size() : page.get(page.size() - 1).seq();
        return new ChangePage(page, last, last >= log.size());
    }

    @Override
    public synchronized Optional<OrthancStudy> study(String orthancStudyId) {
        if (down != null) {
            throw new OrthancUnreachable(down);
        }
        studyReads++;
        return Optional.ofNullable(studies.get(orthancStudyId));
    }
}
