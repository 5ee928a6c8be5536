package org.telerad.registry.expiry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.telerad.registry.common.rest.Http;
import org.telerad.registry.expiry.application.ExpiryReport;
import org.telerad.registry.expiry.application.ExpiryService;
import org.telerad.shared.security.Roles;

/** {@code /api/expiring?withinDays=30&facility=tx-dallas}: licenses and privileges about to expire. */
@Path("/expiring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpiryResource {

    @Inject
    ExpiryService expiry;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE,
            Roles.RADIOLOGIST })
    public ExpiryReport expiring(@QueryParam("withinDays") String withinDays, @QueryParam("facility") String facility) {
        return expiry.expiring(Http.number("withinDays", withinDays), facility);
    }
}
