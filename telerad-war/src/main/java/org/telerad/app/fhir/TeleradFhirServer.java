package org.telerad.app.fhir;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;

/**
 * Telerad's FHIR R4 server, mapped to {@code /fhir/*} behind the web.xml OIDC constraint. At start-up it
 * collects every CDI bean implementing HAPI's {@link IResourceProvider}: a module adds a FHIR resource by
 * shipping such a bean (the registry's Organization, Practitioner and PractitionerRole; later ImagingStudy
 * and DiagnosticReport), nothing here changes. Providers are application-scoped and stateless, so the servlet
 * container may call this servlet from many threads.
 */
@WebServlet(urlPatterns = "/fhir/*", loadOnStartup = 1, displayName = "Telerad FHIR R4")
public class TeleradFhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    transient Instance<IResourceProvider> providers;

    public TeleradFhirServer() {
        super(FhirContext.forR4Cached());
    }

    @Override
    protected void initialize() {
        setServerName("Telerad");
        setImplementationDescription("Telerad FHIR R4");
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        registerInterceptor(new TeleradExceptionFallback());
        List<IResourceProvider> found = providers.stream()
                .sorted(Comparator.comparing(p -> p.getResourceType().getSimpleName()))
                .toList();
        setResourceProviders(found);
    }
}
