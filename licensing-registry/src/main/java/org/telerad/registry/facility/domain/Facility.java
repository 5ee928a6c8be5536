package org.telerad.registry.facility.domain;

import java.util.List;
import java.util.Objects;

/**
 * A facility whose studies Telerad reads: the aggregate root that privileges refer to.
 *
 * <p>Life cycle: {@link #open opened} active with a unique {@link FacilityCode} that never changes;
 * {@link #revise revised}; {@link #deactivate() deactivated} (no new work is routed for it) and
 * {@link #reactivate() reactivated}. Never deleted. {@code version} is the REST ETag. Not thread-safe.
 */
public final class Facility {

    private final FacilityId id;
    private final FacilityCode code;
    private FacilityProfile profile;
    private boolean active;
    private final long version;

    private Facility(FacilityId id, FacilityCode code, FacilityProfile profile, boolean active, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.active = active;
        this.version = version;
    }

    public static Facility open(FacilityId id, FacilityCode code, FacilityProfile profile) {
        return new Facility(id, code, profile, true, 0);
    }

    public static Facility restore(FacilityId id, FacilityCode code, FacilityProfile profile, boolean active,
            long version) {
        return new Facility(id, code, profile, active, version);
    }

    public List<String> revise(FacilityProfile revised) {
        List<String> changed = profile.changedFields(revised);
        profile = revised;
        return changed;
    }

    public boolean deactivate() {
        boolean changed = active;
        active = false;
        return changed;
    }

    public boolean reactivate() {
        boolean changed = !active;
        active = true;
        return changed;
    }

    public FacilityId id() {
        return id;
    }

    public FacilityCode code() {
        return code;
    }

    public FacilityProfile profile() {
        return profile;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
