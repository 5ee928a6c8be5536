package org.telerad.routing.upsrs.rest;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.telerad.shared.problem.rest.JsonInputExceptionMapper;
import org.telerad.shared.problem.rest.TeleradExceptionMapper;
import org.telerad.shared.problem.rest.UnexpectedExceptionMapper;
import org.telerad.shared.problem.rest.WebApplicationExceptionMapper;
import org.telerad.shared.rest.JacksonConfiguration;
import org.telerad.shared.rest.NoStoreResponseFilter;

/**
 * {@code /telerad/archive-rs}: where an archive that authenticates with a <em>static</em> credential (a bearer token
 * or basic auth, dcm4chee web-app properties {@code bearer-token} / {@code basic-auth}) posts its work — point the
 * archive's web app (service class UPS_RS) at {@code http://<host>/telerad/archive-rs}, and its {@code ups:}
 * exporter POSTs to {@code /telerad/archive-rs/workitems}; a web app of service class FHIR at the same path takes
 * the {@code fhir:} exporter's ImagingStudy at {@code /telerad/archive-rs/ImagingStudy}.
 *
 * <p>The WAR's OIDC secure deployment leaves this path unconstrained ({@code web.xml} constrains {@code /api},
 * {@code /fhir}, {@code /rs}, {@code /ws} only), so Keycloak plays no part here: {@link ArchiveCredentialFilter}
 * authenticates every request itself against the archives' stored credentials, before any resource matching,
 * and answers 401 otherwise. The application lists its classes explicitly (like {@link UpsRsApplication}), so no
 * scanned resource of {@code /api} is reachable under this path, and only the two create calls are offered.
 */
@ApplicationPath("/archive-rs")
public class ArchiveRsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ArchiveCredentialFilter.class, ArchiveWorkitemResource.class, ArchiveImagingStudyResource.class,
                UpsWarningFilter.class,
                JacksonConfiguration.class, NoStoreResponseFilter.class, TeleradExceptionMapper.class,
                JsonInputExceptionMapper.class, WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class);
    }
}
