package org.telerad.shared.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The caller of the current HTTP request, worked out once per request. */
@RequestScoped
class RequestCaller {

    static final List<String> KNOWN_ROLES = List.of(Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.CREDENTIALING_ADMIN,
            Roles.AUDITOR, Roles.TELERAD_SERVICE);

    @Inject
    HttpServletRequest request;

    private Caller caller;

    /** The authenticated caller, or null when this request context belongs to no authenticated HTTP request. */
    Caller caller() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        java.security.Principal principal;
        try {
            principal = request.getUserPrincipal();
        } catch (RuntimeException noServletRequest) {
            return null;
        }
        if (principal == null) {
            return null;
        }
        BearerTokenClaims claims = BearerTokenClaims.fromAuthorizationHeader(request.getHeader("Authorization"))
                .orElse(new BearerTokenClaims(null, Set.of(), null));
        Set<String> roles = new LinkedHashSet<>();
        for (String role : KNOWN_ROLES) {
            if (request.isUserInRole(role)) {
                roles.add(role);
            }
        }
        String username = claims.preferredUsername() != null ? claims.preferredUsername() : principal.getName();
        String address = ClientAddress.fromConfiguration().of(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"));
        return new Caller(username, roles, claims.facilityCodes(), address);
    }
}
