package org.telerad.ui;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the app's deep links with {@code index.html} (GET and HEAD only), so that
 * {@code /telerad/studies/{uid}} or a reload on {@code /telerad/tasks/{uid}} opens the app, which then routes in
 * the browser. Sets the caching and security headers of the app's own files: {@code index.html} is revalidated
 * every time ({@code no-cache}) and carries a Content-Security-Policy that allows scripts from the app only and
 * connections to the app and the Keycloak realm; hashed assets are cached for a year. Every other path passes
 * through untouched.
 */
public class SpaFallbackFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SpaRoutes.isAppRoute(path) || path.equals("/index.html")) {
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Content-Security-Policy", contentSecurityPolicy(UiConfigServlet.providerUrl()));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            if (path.equals("/index.html")) {
                chain.doFilter(request, response);
            } else {
                request.getRequestDispatcher("/index.html").forward(request, response);
            }
            return;
        }
        if (SpaRoutes.isHashedAsset(path)) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        chain.doFilter(request, response);
    }

    /** The policy of the app's page; {@code providerUrl} (the Keycloak realm) may be null when unconfigured. */
    static String contentSecurityPolicy(String providerUrl) {
        String keycloak = origin(providerUrl);
        String connect = keycloak == null ? "'self'" : "'self' " + keycloak;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " connect-src " + connect + "; frame-src 'self'" + (keycloak == null ? "" : " " + keycloak)
                + "; frame-ancestors 'self'; base-uri 'self'; form-action 'self'"
                + (keycloak == null ? "" : " " + keycloak) + "; object-src 'none'";
    }

    static String origin(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
