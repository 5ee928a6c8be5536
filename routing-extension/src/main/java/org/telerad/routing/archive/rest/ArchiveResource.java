package org.telerad.routing.archive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.routing.archive.application.ArchiveAdministration;
import org.telerad.routing.archive.application.ArchiveAdministration.ArchivePage;
import org.telerad.routing.archive.application.ArchiveDetails;
import org.telerad.routing.archive.application.ArchiveView;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.rest.Preconditions;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/archives} (credentialing-admin): list, read, create, revise ({@code PUT} with {@code If-Match}) and
 * deactivate ({@code DELETE} with {@code If-Match}; the record stays, inactive) the archives that send Telerad
 * work. A static credential is write-only: sent in {@code credential}, answered as its kind and date only.
 * ETag = the archive's version; missing If-Match → 428, stale → 412.
 */
@Path("/archives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    @Inject
    ArchiveAdministration administration;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public ArchivePage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return administration.list(number("page", page), number("size", size));
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response get(@PathParam("name") String name) {
        return ok(administration.get(name));
    }

    @POST
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response create(ArchiveDetails details) {
        ArchiveView created = administration.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build()).entity(created)
                .tag(tag(created.version())).build();
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response revise(@PathParam("name") String name, ArchiveDetails details) {
        return ok(administration.revise(name, details, ifMatch()));
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response deactivate(@PathParam("name") String name) {
        return ok(administration.deactivate(name, ifMatch()));
    }

    private static Response ok(ArchiveView view) {
        return Response.ok(view).tag(tag(view.version())).build();
    }

    private static EntityTag tag(long version) {
        return Preconditions.tag(version);
    }

    /** The version the client expects, null for {@code If-Match: *}; 428 without the header. */
    private Long ifMatch() {
        return Preconditions.requiredVersion(headers, "TELERAD-ARCHIVE-041",
                "This change needs an If-Match header with the archive's ETag (read the archive first).");
    }

    private static Integer number(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw TeleradException.invalid("TELERAD-ARCHIVE-020", name, "'" + text + "' is not a whole number.");
        }
    }
}
