package org.telerad.shared.security.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/** {@code GET /api/me}: the caller's username, Telerad realm roles and managed facility codes. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as the API shows it; lists are sorted. */
    public record Me(String username, List<String> roles, List<String> facilities) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.CREDENTIALING_ADMIN, Roles.AUDITOR,
            Roles.TELERAD_SERVICE })
    public Me me() {
        Caller caller = currentCaller.get();
        return new Me(caller.username(), caller.roles().stream().sorted().toList(),
                caller.facilityCodes().stream().sorted().toList());
    }
}
