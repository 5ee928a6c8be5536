package org.telerad.reporting.delivery.channel.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.application.ChannelAdministration;
import org.telerad.reporting.delivery.channel.application.ChannelRequest;
import org.telerad.reporting.delivery.channel.application.ChannelView;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/facilities/{code}/result-channels}: where a facility's signed reports go. Credentialing admins add
 * ({@code POST}), change ({@code PUT} with {@code If-Match}) and remove ({@code DELETE} with {@code If-Match})
 * channels; auditors and the facility's admins read them. Secrets are accepted, never returned.
 */
@Path("/facilities/{code}/result-channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultChannelResource {

    @Inject
    ChannelAdministration channels;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public List<ChannelView> list(@PathParam("code") String code) {
        return channels.list(code);
    }

    @POST
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response add(@PathParam("code") String code, ChannelRequest request) {
        ChannelView created = channels.add(code, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created)
                .tag(tag(created.version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public Response get(@PathParam("code") String code, @PathParam("id") String id) {
        ChannelView view = channels.get(code, id);
        return Response.ok(view).tag(tag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response change(@PathParam("code") String code, @PathParam("id") String id, ChannelRequest request) {
        ChannelView view = channels.change(code, id, ifMatch(), request);
        return Response.ok(view).tag(tag(view.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response remove(@PathParam("code") String code, @PathParam("id") String id) {
        channels.remove(code, id, ifMatch());
        return Response.noContent().build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version of {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}); null when absent. */
    private Long ifMatch() {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw TeleradException.preconditionFailed(DeliveryErrors.STALE_VERSION,
                    "If-Match must be the channel's ETag (its version)");
        }
    }
}
