package org.telerad.registry.privilege.rest;

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
import org.telerad.registry.privilege.application.PrivilegeDetails;
import org.telerad.registry.privilege.application.PrivilegeSearch;
import org.telerad.registry.privilege.application.PrivilegeService;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/privileges?facility=&radiologist=&status=}: credentialing admins manage every privilege,
 * facility admins those of their own facilities (403 on others), auditors and Telerad services read all,
 * radiologists read their own. Revoking is {@code DELETE} (the record stays, REVOKED).
 */
@Path("/privileges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivilegeResource {

    @Inject
    PrivilegeService privileges;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Page<PrivilegeView> search(@QueryParam("facility") String facility,
            @QueryParam("radiologist") String radiologist, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return privileges.search(new PrivilegeSearch(facility, radiologist, status), Http.page(page, size));
    }

    @POST
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Response grant(PrivilegeDetails details) {
        PrivilegeView created = privileges.grant(details);
        return Http.created(uri.getAbsolutePathBuilder().path(created.id()).build(), created, created.version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Response get(@PathParam("id") String id) {
        PrivilegeView view = privileges.get(id);
        return Http.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Response update(@PathParam("id") String id, PrivilegeDetails details) {
        PrivilegeView view = privileges.update(id, Http.ifMatch(headers), details);
        return Http.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Response revoke(@PathParam("id") String id) {
        PrivilegeView view = privileges.revoke(id, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Response revokeExplicitly(@PathParam("id") String id) {
        return revoke(id);
    }

    @POST
    @Path("{id}/suspend")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Response suspend(@PathParam("id") String id) {
        PrivilegeView view = privileges.suspend(id, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @POST
    @Path("{id}/reinstate")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Response reinstate(@PathParam("id") String id) {
        PrivilegeView view = privileges.reinstate(id, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }
}
