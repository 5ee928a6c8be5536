package org.telerad.routing.upsrs.rest;

import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.routing.upsrs.rest.ArchiveCredentialFilter.ArchivePrincipal;
import org.telerad.shared.security.CurrentCaller;

/**
 * {@code POST /telerad/archive-rs/workitems}: Create (RAD-80) for an archive authenticated by its static credential
 * ({@link ArchiveCredentialFilter}); exactly the {@code /rs/workitems} create, run as the archive (audit actor
 * {@code archive:<name>}, role telerad-service). The {@code Location} names the workitem under {@code /rs}, where
 * the other UPS-RS transactions are (with a Keycloak token).
 */
@Path("workitems")
@RequestScoped
@ServedOnlyBy(ArchiveRsApplication.class)
public class ArchiveWorkitemResource {

    @Inject
    WorkitemIntake intake;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes({ WorkitemResource.DICOM_JSON, WorkitemResource.DICOM_XML })
    public Response create(InputStream body) {
        ArchivePrincipal principal = ArchivePrincipal.of(security);
        return CurrentCaller.callAs(principal.caller(servletRequest), () -> intake.create(principal.archive(), body,
                headers, uri, ArchivePrincipal.rsBase(uri)));
    }
}
