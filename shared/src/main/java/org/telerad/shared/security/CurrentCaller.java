package org.telerad.shared.security;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Who is calling, wherever the code runs. Inside an authenticated HTTP request it is the token's user (username
 * from {@code preferred_username}, the realm roles Telerad knows, the {@value Roles#FACILITIES_CLAIM} claim and
 * the client address); inside {@link #runAs} it is the given caller; anywhere else (timers, start-up) it is
 * {@code Caller.system("background")}.
 *
 * <p>Application-scoped and thread-safe: inject it into beans of any scope and call {@link #get()} per use.
 * {@code @Inject Caller} also works, but only in request-scoped beans such as JAX-RS resources ({@link Caller}
 * is a record, so it is produced {@code @Dependent} and would otherwise be frozen at injection time).
 */
@ApplicationScoped
public class CurrentCaller {

    private static final ThreadLocal<Caller> RUN_AS = new ThreadLocal<>();

    @Inject
    Instance<RequestCaller> requestCaller;

    public Caller get() {
        Caller explicit = RUN_AS.get();
        if (explicit != null) {
            return explicit;
        }
        try {
            Caller caller = requestCaller.get().caller();
            if (caller != null) {
                return caller;
            }
        } catch (ContextNotActiveException noRequest) {
            // timers, start-up, managed executors
        }
        return Caller.system("background");
    }

    /** Runs {@code work} as {@code caller} on this thread (for example {@code Caller.system("demo-seeding")}). */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        Caller outer = RUN_AS.get();
        RUN_AS.set(caller);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                RUN_AS.remove();
            } else {
                RUN_AS.set(outer);
            }
        }
    }

    /** Runs {@code work} as {@code caller} on this thread. */
    public static void runAs(Caller caller, Runnable work) {
        callAs(caller, () -> {
            work.run();
            return null;
        });
    }

    @Produces
    @Dependent
    Caller caller() {
        return get();
    }
}
