package org.telerad.sla.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;
import org.telerad.sla.contract.application.ContractVersion;
import org.telerad.sla.contract.application.TurnaroundContractService;
import org.telerad.sla.contract.application.VersionPage;
import org.telerad.sla.contract.domain.SlaErrors;

/**
 * {@code /api/sla/contracts/{facilityCode}}: the turnaround contract in force (GET, ETag = version), a new version
 * (PUT with {@code If-Match}), and the version history ({@code /versions}, {@code /versions/{n}}). Credentialing
 * admins revise and read; auditors and Telerad services read; facility admins read their own facilities'.
 */
@Path("/sla/contracts/{facilityCode}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TurnaroundContractResource {

    @Inject
    TurnaroundContractService contracts;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public Response current(@PathParam("facilityCode") String facilityCode) {
        return answer(contracts.current(facilityCode));
    }

    /** Stores the body as the next version; answers it with its new ETag. */
    @PUT
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response revise(@PathParam("facilityCode") String facilityCode, ContractJson body) {
        Long expected = IfMatch.expectedVersion(headers);
        if (body == null) {
            throw TeleradException.invalid(SlaErrors.MISSING, "body", "the contract terms are required");
        }
        return answer(contracts.revise(facilityCode, expected, body.terms()));
    }

    @GET
    @Path("versions")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public VersionsJson versions(@PathParam("facilityCode") String facilityCode, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        VersionPage found = contracts.versions(facilityCode, number("page", page), number("size", size));
        return new VersionsJson(found.items().stream().map(ContractJson::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.TELERAD_SERVICE })
    public Response version(@PathParam("facilityCode") String facilityCode, @PathParam("version") String version) {
        Integer n = number("version", version);
        if (n == null || n < 1) {
            throw TeleradException.invalid(SlaErrors.VERSION, "version", "a contract version is a number from 1");
        }
        return answer(contracts.version(facilityCode, n));
    }

    /** A page of versions, newest first. */
    public record VersionsJson(java.util.List<ContractJson> items, int page, int size, long total) {
    }

    private static Response answer(ContractVersion v) {
        return Response.ok(ContractJson.of(v)).tag(IfMatch.tag(v.version())).build();
    }

    static Integer number(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw TeleradException.invalid(SlaErrors.MALFORMED_VALUE, name, "'" + text + "' is not a whole number");
        }
    }
}
