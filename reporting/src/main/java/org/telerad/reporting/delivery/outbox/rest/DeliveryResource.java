package org.telerad.reporting.delivery.outbox.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.telerad.reporting.delivery.outbox.application.DeliveryAdministration;
import org.telerad.reporting.delivery.outbox.application.DeliveryPageView;
import org.telerad.reporting.delivery.outbox.application.DeliveryView;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/deliveries?state=&facility=&report=&page=&size=}: result deliveries, newest first
 * ({@code state=dead-letter} is the dead-letter list); {@code /api/deliveries/{id}} one delivery with every
 * attempt; {@code POST /api/deliveries/{id}/retry} sends a dead letter back to the queue. Facility admins see
 * and retry their own facilities' deliveries only.
 */
@Path("/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    DeliveryAdministration deliveries;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public DeliveryPageView list(@QueryParam("state") String state, @QueryParam("facility") String facility,
            @QueryParam("report") String report, @QueryParam("page") String page, @QueryParam("size") String size) {
        return deliveries.list(state, facility, report, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public DeliveryView get(@PathParam("id") String id) {
        return deliveries.get(id);
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public DeliveryView retry(@PathParam("id") String id) {
        return deliveries.retry(id);
    }
}
