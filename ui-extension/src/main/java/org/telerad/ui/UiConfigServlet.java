package org.telerad.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /telerad/ui-config.json} (no authentication: the app reads it before logging in): where the app
 * logs in — the Keycloak realm URL (system property {@code telerad.oidc.provider-url}, the one the WAR's
 * elytron-oidc-client secure-deployment validates tokens against) and the public client id
 * ({@code telerad.ui.client-id}, default {@code telerad-ui}). Holds no secret and no personal data.
 */
public class UiConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PROVIDER_URL = "telerad.oidc.provider-url";
    static final String CLIENT_ID = "telerad.ui.client-id";

    static String providerUrl() {
        return System.getProperty(PROVIDER_URL);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authority = providerUrl();
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (authority == null || authority.isBlank()) {
            response.setStatus(503);
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"code\":\"TELERAD-UI-001\",\"detail\":\"The login provider is not configured "
                    + "(system property " + PROVIDER_URL + ").\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json(authority.strip(), System.getProperty(CLIENT_ID, "telerad-ui"))
                .getBytes(StandardCharsets.UTF_8));
    }

    static String json(String authority, String clientId) {
        return "{\"authority\":" + quoted(authority) + ",\"clientId\":" + quoted(clientId) + "}";
    }

    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
