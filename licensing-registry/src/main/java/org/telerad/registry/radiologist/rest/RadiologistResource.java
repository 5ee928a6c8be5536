package org.telerad.registry.radiologist.rest;

import java.util.List;

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
import org.telerad.registry.license.application.LicenseDetails;
import org.telerad.registry.license.application.LicenseService;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.license.application.RenewLicense;
import org.telerad.registry.radiologist.application.RadiologistDetails;
import org.telerad.registry.radiologist.application.RadiologistSearch;
import org.telerad.registry.radiologist.application.RadiologistService;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/radiologists}: credentialing admins register and change radiologists and their licenses;
 * auditors, facility admins and Telerad services read them; a radiologist reads their own record. Changes
 * need If-Match with the ETag; answers carry the new ETag.
 */
@Path("/radiologists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RadiologistResource {

    @Inject
    RadiologistService radiologists;

    @Inject
    LicenseService licenses;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Page<RadiologistView> search(@QueryParam("name") String name,
            @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("subspecialty") String subspecialty, @QueryParam("facility") String facility,
            @QueryParam("active") String active, @QueryParam("page") String page, @QueryParam("size") String size) {
        return radiologists.search(new RadiologistSearch(name, jurisdiction, subspecialty, facility,
                Http.bool("active", active)), Http.page(page, size));
    }

    @POST
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response register(RadiologistDetails details) {
        RadiologistView created = radiologists.register(details);
        return Http.created(uri.getAbsolutePathBuilder().path(created.id()).build(), created, created.version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Response get(@PathParam("id") String id) {
        RadiologistView view = radiologists.get(id);
        return Http.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response update(@PathParam("id") String id, RadiologistDetails details) {
        RadiologistView view = radiologists.update(id, Http.ifMatch(headers), details);
        return Http.ok(view, view.version());
    }

    /** Deactivates (radiologists are never deleted). */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response deactivate(@PathParam("id") String id) {
        RadiologistView view = radiologists.deactivate(id, Http.ifMatch(headers));
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
        RadiologistView view = radiologists.reactivate(id, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @GET
    @Path("{id}/licenses")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public List<LicenseView> licenses(@PathParam("id") String id) {
        return licenses.list(id);
    }

    @POST
    @Path("{id}/licenses")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response addLicense(@PathParam("id") String id, LicenseDetails details) {
        LicenseView created = licenses.add(id, details);
        return Http.created(uri.getAbsolutePathBuilder().path(created.id()).build(), created, created.version());
    }

    @GET
    @Path("{id}/licenses/{licenseId}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public Response license(@PathParam("id") String id, @PathParam("licenseId") String licenseId) {
        LicenseView view = licenses.get(id, licenseId);
        return Http.ok(view, view.version());
    }

    @PUT
    @Path("{id}/licenses/{licenseId}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response updateLicense(@PathParam("id") String id, @PathParam("licenseId") String licenseId,
            LicenseDetails details) {
        LicenseView view = licenses.update(id, licenseId, Http.ifMatch(headers), details);
        return Http.ok(view, view.version());
    }

    /** Revokes (licenses are never deleted). */
    @DELETE
    @Path("{id}/licenses/{licenseId}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response revokeLicense(@PathParam("id") String id, @PathParam("licenseId") String licenseId) {
        LicenseView view = licenses.revoke(id, licenseId, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @POST
    @Path("{id}/licenses/{licenseId}/suspend")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response suspendLicense(@PathParam("id") String id, @PathParam("licenseId") String licenseId) {
        LicenseView view = licenses.suspend(id, licenseId, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @POST
    @Path("{id}/licenses/{licenseId}/reinstate")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response reinstateLicense(@PathParam("id") String id, @PathParam("licenseId") String licenseId) {
        LicenseView view = licenses.reinstate(id, licenseId, Http.ifMatch(headers));
        return Http.ok(view, view.version());
    }

    @POST
    @Path("{id}/licenses/{licenseId}/revoke")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response revokeLicenseExplicitly(@PathParam("id") String id, @PathParam("licenseId") String licenseId) {
        return revokeLicense(id, licenseId);
    }

    @POST
    @Path("{id}/licenses/{licenseId}/renew")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response renewLicense(@PathParam("id") String id, @PathParam("licenseId") String licenseId,
            RenewLicense renewal) {
        LicenseView view = licenses.renew(id, licenseId, Http.ifMatch(headers), renewal);
        return Http.ok(view, view.version());
    }
}
