package org.telerad.routing.upsrs.rest;

import java.net.URI;
import java.security.Principal;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.archive.application.ArchiveAuthentication;
import org.telerad.routing.archive.application.ArchiveAuthentication.Authenticated;
import org.telerad.routing.archive.application.ArchiveAuthentication.Outcome;
import org.telerad.routing.archive.application.ArchiveAuthentication.Throttled;
import org.telerad.shared.problem.ProblemDetails;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.ClientAddress;
import org.telerad.shared.security.Roles;

/**
 * Authenticates every request of {@link ArchiveRsApplication} by the archive's static credential, before resource
 * matching (so an unknown path or method also needs a valid credential before it answers 404/405). Success
 * replaces the request's security context with the archive (principal {@link ArchivePrincipal}, role
 * telerad-service); failure answers 401 problem+json ({@code TELERAD-UPS-032}) with {@code WWW-Authenticate}
 * challenges for Bearer and Basic, or 429 with {@code Retry-After} when the address is throttled
 * ({@code TELERAD-UPS-033}). Never logs or echoes the credential.
 */
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ArchiveCredentialFilter implements ContainerRequestFilter {

    static final String REALM = "telerad-archive";

    @Inject
    ArchiveAuthentication authentication;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String address = ClientAddress.fromConfiguration().of(servletRequest.getRemoteAddr(),
                servletRequest.getHeader("X-Forwarded-For"));
        Outcome outcome = authentication.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION), address);
        if (outcome instanceof Authenticated authenticated) {
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new ArchiveSecurityContext(new ArchivePrincipal(authenticated.archive()),
                    secure));
            return;
        }
        if (outcome instanceof Throttled throttled) {
            request.abortWith(problem(request, 429, "Too many requests", "TELERAD-UPS-033", "Too many failed"
                    + " authentications from this address; try again later.")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds())).build());
            return;
        }
        request.abortWith(problem(request, 401, "Authentication required", "TELERAD-UPS-032", "An archive calls"
                + " /archive-rs with the static bearer token or basic credential configured for it in Telerad.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"").build());
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String title,
            String code, String detail) {
        ProblemDetails problem = new ProblemDetails(URI.create("urn:telerad:problem:" + code), title, status, detail,
                request.getUriInfo().getRequestUri().getRawPath(), code, null);
        return Response.status(status).type(ProblemDetails.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem);
    }

    /** The archive a request of {@code /archive-rs} authenticated as. */
    public record ArchivePrincipal(ConfiguredArchive archive) implements Principal {

        /** The archive {@code security}'s request authenticated as; 401 when it is not an archive. */
        public static ArchivePrincipal of(SecurityContext security) {
            if (!(security.getUserPrincipal() instanceof ArchivePrincipal principal)) {
                throw new TeleradException(TeleradException.Kind.UNAUTHENTICATED, "TELERAD-UPS-032",
                        "An archive calls /archive-rs with its configured static credential.");
            }
            return principal;
        }

        /** The archive as the caller of its request: role telerad-service, the request's client address. */
        public Caller caller(HttpServletRequest request) {
            return new Caller(getName(), Set.of(Roles.TELERAD_SERVICE), Set.of(), ClientAddress.fromConfiguration()
                    .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        }

        /** Where the UPS-RS transactions of a workitem created under {@code /archive-rs} are: {@code /rs}. */
        public static URI rsBase(UriInfo uri) {
            String rs = uri.getBaseUri().getRawPath().replaceFirst("/archive-rs/?$", "/rs");
            return UriBuilder.fromUri(uri.getBaseUri()).replacePath(rs).build();
        }

        @Override
        public String getName() {
            return "archive:" + archive.name();
        }
    }

    private record ArchiveSecurityContext(ArchivePrincipal principal, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return org.telerad.shared.security.Roles.TELERAD_SERVICE.equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "TELERAD_ARCHIVE_CREDENTIAL";
        }
    }
}
