package org.telerad.registry.common.persistence;

import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.telerad.registry.common.application.Refusals;
import org.telerad.shared.problem.TeleradException;

/**
 * Flushes registry writes while the application service is still running, so that a lost update (JPA
 * {@code @Version}) becomes a 412 and a unique-key race a 409 with a sentence, instead of a commit failure.
 */
public final class Stores {

    private Stores() {
    }

    public static void persist(EntityManager em, Object entity, String what) {
        em.persist(entity);
        flush(em, what);
    }

    /** Loads an entity to change it and refuses with 412 when its stored version is not {@code expected}. */
    public static <E> E loadForUpdate(EntityManager em, Class<E> type, Object id, long expected, String what,
            ToLongFunction<E> version) {
        E entity = em.find(type, id);
        if (entity == null) {
            throw TeleradException.notFound(notFoundCode(what), "The " + what + " " + id + " no longer exists");
        }
        Refusals.requireVersion(expected, version.applyAsLong(entity), what);
        return entity;
    }

    private static String notFoundCode(String what) {
        return switch (what) {
            case "license" -> "TELERAD-REGISTRY-021";
            case "facility" -> "TELERAD-REGISTRY-022";
            case "privilege" -> "TELERAD-REGISTRY-023";
            default -> "TELERAD-REGISTRY-020";
        };
    }

    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw TeleradException.preconditionFailed(Refusals.STALE,
                    "The " + what + " was changed by someone else meanwhile; reload it and apply your change again");
        } catch (PersistenceException e) {
            throw TeleradException.conflict("TELERAD-REGISTRY-034",
                    "The " + what + " conflicts with a record stored meanwhile (a unique code, number or username)");
        }
    }

    /** Escapes LIKE wildcards in user input (the default escape character is backslash in PostgreSQL). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
