package org.telerad.routing.upsrs.rest;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.telerad.shared.problem.ProblemDetails;

/**
 * Keeps {@link ServedOnlyBy} resources out of the applications that merely scanned them. It is itself a scanned
 * provider, so it is active in every annotation-scanned application (Telerad's {@code /api}) and in no
 * application that lists its classes, like {@link UpsRsApplication}. There, as a {@link DynamicFeature}, it learns
 * the paths of the marked resources at deployment, and as a {@link PreMatching} filter it answers any request
 * under those paths with the same 404 as an unknown path ({@code TELERAD-API-010}) before resource matching and
 * authorization, so not even a 405, 415 or an OPTIONS answer shows that the resource exists there.
 */
@Provider
@PreMatching
public class ServedOnlyByGuard implements DynamicFeature, ContainerRequestFilter {

    /** First path segments of the marked resources (filled at deployment, read per request). */
    private static final Set<String> HIDDEN = ConcurrentHashMap.newKeySet();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resource = resourceInfo.getResourceClass();
        if (resource != null && resource.isAnnotationPresent(ServedOnlyBy.class)) {
            Path path = resource.getAnnotation(Path.class);
            if (path != null) {
                HIDDEN.add(firstSegment(path.value()));
            }
            context.register(new NotServedHere(), Priorities.AUTHENTICATION - 100);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HIDDEN.contains(firstSegment(request.getUriInfo().getPath()))) {
            NotServedHere.refuse(request);
        }
    }

    private static String firstSegment(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }

    /** Answers 404 as for a path that does not exist (for matched methods, should the path check miss). */
    static final class NotServedHere implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            refuse(request);
        }

        static void refuse(ContainerRequestContext request) {
            ProblemDetails problem = new ProblemDetails(URI.create("urn:telerad:problem:TELERAD-API-010"),
                    "Not found", 404, "There is nothing at this address.",
                    request.getUriInfo().getRequestUri().getRawPath(), "TELERAD-API-010", null);
            request.abortWith(Response.status(404).type(ProblemDetails.MEDIA_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(problem).build());
        }
    }
}
