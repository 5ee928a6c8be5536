package org.telerad.registry.radiologist.domain;

import java.util.List;
import java.util.Objects;

/**
 * A radiologist known to the credentialing registry: the aggregate root that licenses and privileges refer
 * to by {@link RadiologistId}.
 *
 * <p>Life cycle: {@link #register registered} active; {@link #revise revised} any number of times;
 * {@link #deactivate() deactivated} (no longer routed to, history kept) and {@link #reactivate()
 * reactivated}. Records are never deleted. {@code version} counts stored changes and is the REST ETag.
 * Not thread-safe: load, change and store within one transaction.
 */
public final class Radiologist {

    private final RadiologistId id;
    private RadiologistProfile profile;
    private boolean active;
    private final long version;

    private Radiologist(RadiologistId id, RadiologistProfile profile, boolean active, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.active = active;
        this.version = version;
    }

    public static Radiologist register(RadiologistId id, RadiologistProfile profile) {
        return new Radiologist(id, profile, true, 0);
    }

    /** Rebuilds a stored radiologist (repositories only). */
    public static Radiologist restore(RadiologistId id, RadiologistProfile profile, boolean active, long version) {
        return new Radiologist(id, profile, active, version);
    }

    /** Replaces the profile and answers the names of the fields that changed. */
    public List<String> revise(RadiologistProfile revised) {
        List<String> changed = profile.changedFields(revised);
        this.profile = revised;
        return changed;
    }

    /** Stops routing to this radiologist; licenses and privileges stay on record. Idempotent. */
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

    public boolean isLoggedInAs(String username) {
        return username != null && profile.login().map(u -> u.value().equalsIgnoreCase(username)).orElse(false);
    }

    public RadiologistId id() {
        return id;
    }

    public RadiologistProfile profile() {
        return profile;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
