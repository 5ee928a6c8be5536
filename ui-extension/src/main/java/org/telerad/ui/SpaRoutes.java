package org.telerad.ui;

import java.util.Set;

/**
 * The paths (inside the context root) that belong to the single-page app and are answered with
 * {@code index.html}: the root and the first path segments of the app's own routes. A whitelist rather than
 * "anything without a file extension", because Study Instance UIDs contain dots and because every other path
 * (the APIs, the assets, other servlets) must reach its own handler untouched.
 */
public final class SpaRoutes {

    /** First path segments of the app's routes (keep in step with src/main/web/routes.ts). */
    static final Set<String> ROOTS = Set.of("worklist", "tasks", "studies", "registry", "board", "audit", "callback",
            "signed-out");

    private SpaRoutes() {
    }

    /**
     * Whether {@code path} (the request path after the context root, e.g. {@code /studies/1.2.3}) is one of the
     * app's routes.
     */
    public static boolean isAppRoute(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return true;
        }
        if (path.charAt(0) != '/' || path.contains("..") || path.contains("//")) {
            return false;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return ROOTS.contains(first);
    }

    /** Whether {@code path} is a content-hashed build asset (cacheable for ever: it holds no patient data). */
    public static boolean isHashedAsset(String path) {
        return path != null && path.startsWith("/assets/") && !path.contains("..");
    }
}
