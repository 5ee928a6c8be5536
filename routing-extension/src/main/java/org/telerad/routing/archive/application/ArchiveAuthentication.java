package org.telerad.routing.archive.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.archive.ArchiveCredential;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Authenticates one {@code /archive-rs} request by the static credential an archive presents: {@code Authorization:
 * Bearer <token>} (found by the token's SHA-256, then compared in constant time) or {@code Basic} with the archive's
 * name as user (PBKDF2, constant-time; an unknown name costs as much as a wrong password). The answer names the
 * archive; the request carries no other identity.
 *
 * <p>Failures are counted per client address: after {@link #MAX_FAILURES} (20) within {@link #WINDOW} the address is
 * throttled (every request refused, 429) until the window ends. The first failure of a window and the start of
 * throttling are audited (USER_AUTHENTICATION, MINOR / SERIOUS failure; the detail names the archive a basic
 * credential claimed, never a secret). Successful basic checks are remembered for {@link #VERIFIED_FOR} so that
 * an archive posting many studies does not pay PBKDF2 each time. Thread safe; counters are per node.
 */
@ApplicationScoped
public class ArchiveAuthentication {

    /** Failures per address and {@link #WINDOW} before throttling; system property {@value #MAX_FAILURES_PROPERTY}. */
    static final String MAX_FAILURES_PROPERTY = "telerad.archive-rs.max-failures-per-minute";
    static final int MAX_FAILURES = Integer.getInteger(MAX_FAILURES_PROPERTY, 20);
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration VERIFIED_FOR = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED = 1_000;
    /** Verified against when a basic user names no archive, so that the answer takes as long as a wrong password. */
    private static final ArchiveCredential DECOY = ArchiveCredential.basic("decoy-password-never-used",
            Instant.EPOCH);

    private Archives archives;
    private AuditTrail audit;
    private Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    protected ArchiveAuthentication() {
        // for CDI proxies
    }

    @Inject
    public ArchiveAuthentication(Archives archives, AuditTrail audit) {
        this(archives, audit, Clock.systemUTC());
    }

    public ArchiveAuthentication(Archives archives, AuditTrail audit, Clock clock) {
        this.archives = Objects.requireNonNull(archives, "archives");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How one request's credential was judged. */
    public sealed interface Outcome {
    }

    /** The credential is this archive's. */
    public record Authenticated(ConfiguredArchive archive) implements Outcome {
    }

    /** The credential is missing, malformed or nobody's; {@code reason} is safe to answer. */
    public record Refused(String reason) implements Outcome {
    }

    /** Too many failures from this address: refused without looking, for {@code retryAfter}. */
    public record Throttled(Duration retryAfter) implements Outcome {
    }

    /** Judges the {@code Authorization} header of a request from {@code clientAddress}. */
    @Transactional
    public Outcome authenticate(String authorization, String clientAddress) {
        String address = clientAddress == null ? "unknown" : clientAddress;
        Instant now = clock.instant();
        Window window = failures.get(address);
        if (window != null && window.throttled(now)) {
            return new Throttled(Duration.between(now, window.start().plus(WINDOW)).plusSeconds(1));
        }
        Optional<ConfiguredArchive> archive;
        String claimed = null;
        if (authorization == null || authorization.isBlank()) {
            return fail(address, now, "no credential was presented", null);
        }
        String header = authorization.strip();
        if (startsWithIgnoreCase(header, "Bearer ")) {
            String token = header.substring(7).strip();
            archive = archives.byTokenHash(ArchiveCredential.tokenHash(token))
                    .filter(a -> a.credential().acceptsToken(token));
        } else if (startsWithIgnoreCase(header, "Basic ")) {
            String[] userAndPassword = basic(header.substring(6).strip());
            if (userAndPassword == null) {
                return fail(address, now, "the basic credential is malformed", null);
            }
            claimed = userAndPassword[0];
            archive = checkBasic(userAndPassword[0], userAndPassword[1], now);
        } else {
            return fail(address, now, "the credential is neither Bearer nor Basic", null);
        }
        if (archive.isEmpty()) {
            return fail(address, now, "the credential belongs to no active archive", claimed);
        }
        return new Authenticated(archive.get());
    }

    private Optional<ConfiguredArchive> checkBasic(String user, String password, Instant now) {
        Optional<ConfiguredArchive> archive = archives.byName(user).filter(ConfiguredArchive::active)
                .filter(a -> a.credential() != null && a.credential().kind() == ArchiveCredential.Kind.BASIC);
        if (archive.isEmpty()) {
            DECOY.acceptsPassword(password);
            return Optional.empty();
        }
        ArchiveCredential credential = archive.get().credential();
        String key = user + "\n" + ArchiveCredential.tokenHash(password) + "\n" + credential.hash();
        Instant until = verified.get(key);
        if (until != null && until.isAfter(now)) {
            return archive;
        }
        if (!credential.acceptsPassword(password)) {
            return Optional.empty();
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, now.plus(VERIFIED_FOR));
        return archive;
    }

    private Outcome fail(String address, Instant now, String reason, String claimedArchive) {
        Window window = failures.compute(address, (k, w) -> w == null || w.over(now) ? new Window(now, 1)
                : new Window(w.start(), w.count() + 1));
        if (failures.size() > MAX_REMEMBERED) {
            forgetOldWindows(now);
        }
        if (window.count() == 1 || window.count() == MAX_FAILURES) {
            boolean throttling = window.count() == MAX_FAILURES;
            String detail = "archive credential refused on /archive-rs: " + reason
                    + (claimedArchive == null ? "" : "; basic user " + printable(claimedArchive))
                    + (throttling ? "; " + MAX_FAILURES + " failures within " + WINDOW.toSeconds()
                            + " s: address throttled" : "");
            Caller anonymous = new Caller("anonymous", Set.of(), Set.of(), address);
            CurrentCaller.runAs(anonymous, () -> audit.record(new AuditRecord(AuditEventType.USER_AUTHENTICATION,
                    AuditAction.EXECUTE, throttling ? AuditOutcome.SERIOUS_FAILURE : AuditOutcome.MINOR_FAILURE,
                    "ArchiveCredential", claimedArchive == null ? null : printable(claimedArchive), null, detail)));
        }
        return new Refused(reason);
    }

    private void forgetOldWindows(Instant now) {
        for (Iterator<Map.Entry<String, Window>> it = failures.entrySet().iterator(); it.hasNext();) {
            if (it.next().getValue().over(now)) {
                it.remove();
            }
        }
    }

    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** A claimed user name as it may appear in the audit trail: at most 63 characters of [a-z0-9-]. */
    private static String printable(String user) {
        String cleaned = user.replaceAll("[^a-z0-9-]", "?");
        return cleaned.length() > 63 ? cleaned.substring(0, 63) : cleaned;
    }

    private record Window(Instant start, int count) {

        boolean over(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }

        boolean throttled(Instant now) {
            return !over(now) && count >= MAX_FAILURES;
        }
    }
}
