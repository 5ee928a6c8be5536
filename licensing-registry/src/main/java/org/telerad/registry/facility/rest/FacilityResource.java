package org.telerad.registry.facility.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.rest.Http;
import org.telerad.registry.facility.application.FacilityDetails;
import org.telerad.registry.facility.application.FacilitySearch;
import org.telerad.registry.facility.application.FacilityService;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/facilities}: every role reads facilities; credentialing admins open, change and deactivate
 * them. A facility is addressed by id or by code ({@code /api/facilities/tx-dallas}).
 */
@Path("/facilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService facilities;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Page<FacilityView> search(@QueryParam("name") String name, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("active") String active, @QueryParam("page") String page, @QueryParam("size") String size) {
        return facilities.search(new FacilitySearch(name, jurisdiction, Http.bool("active", active)),
                Http.page(page, size));
    }

    @POST
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response open(FacilityDetails details) {
        FacilityView created = facilities.open(details);
        return Http.created(uri.getAbsolutePathBuilder().path(created.id()).build(), created, created.version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Response get(@PathParam("id") String id) {
        FacilityView view = facilities.get(id);
        return Http.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response update(@PathParam("id") String id, FacilityDetails details) {
        FacilityView view = facilities.update(id, Http.ifMatch(headers), details);
        return Http.ok(view, view.version());
    }

    /** Deactivates (facilities are never deleted). */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response deactivate(@PathParam("id") String id) {
        FacilityView view = facilities.deactivate(id, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response deactivateExplicitly(@PathParam("id") String id) {
        return deactivate(id);
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response reactivate(@PathParam("id") String id) {
        FacilityView view = facilities.reactivate(id, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }
}
