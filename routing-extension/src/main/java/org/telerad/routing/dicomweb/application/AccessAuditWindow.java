package org.telerad.routing.dicomweb.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a caller's reads of a study are audited again: a viewer sends hundreds of requests per study, and
 * the audit trail wants one DICOM Instances Accessed entry per caller and study per window, not one per frame.
 * Thread-safe; per node (a second node audits its own first read too, which errs on the side of the trail).
 */
public final class AccessAuditWindow {

    static final int PRUNE_ABOVE = 10_000;

    private final Duration window;
    private final Clock clock;
    private final Map<String, Instant> lastAudited = new ConcurrentHashMap<>();

    public AccessAuditWindow(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** True when this caller's read of this study is to be audited now (and remembers it). */
    public boolean opens(String username, String studyInstanceUid) {
        Instant now = clock.instant();
        String key = username + '\n' + studyInstanceUid;
        boolean[] opened = {false};
        lastAudited.compute(key, (k, last) -> {
            if (last == null || !now.isBefore(last.plus(window))) {
                opened[0] = true;
                return now;
            }
            return last;
        });
        if (opened[0] && lastAudited.size() > PRUNE_ABOVE) {
            lastAudited.values().removeIf(last -> !now.isBefore(last.plus(window)));
        }
        return opened[0];
    }

    /** Forgets a window opened for an access that then failed, so the next read is audited. */
    public void forget(String username, String studyInstanceUid) {
        lastAudited.remove(username + '\n' + studyInstanceUid);
    }
}
