package org.telerad.reporting.template.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import org.telerad.reporting.rest.Preconditions;
import org.telerad.reporting.template.application.TemplateCatalogue;
import org.telerad.reporting.template.domain.ReportTemplate;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/report-templates[?modality=&includeInactive=]}: every signed-in role reads the latest version of
 * each template ({@code /{id}}, {@code /{id}/versions}, {@code /{id}/versions/{n}}); credentialing admins create
 * ({@code POST}) and revise ({@code PUT /{id}} with If-Match = the version read) them.
 */
@Path("/report-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportTemplateResource {


    @Inject
    TemplateCatalogue catalogue;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN, Roles.AUDITOR,
            Roles.TELERAD_SERVICE })
    public Map<String, Object> list(@QueryParam("modality") String modality,
            @QueryParam("includeInactive") String includeInactive) {
        List<Map<String, Object>> items = catalogue.list(modality, "true".equalsIgnoreCase(includeInactive)).stream()
                .map(ReportTemplateResource::json).toList();
        return Map.of("items", items, "page", 0, "size", items.size(), "total", items.size());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN, Roles.AUDITOR,
            Roles.TELERAD_SERVICE })
    public Response get(@PathParam("id") String id) {
        ReportTemplate t = catalogue.latest(id);
        return Preconditions.ok(json(t), t.version());
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN, Roles.AUDITOR,
            Roles.TELERAD_SERVICE })
    public Map<String, Object> versions(@PathParam("id") String id) {
        List<Map<String, Object>> items = catalogue.versions(id).stream().map(ReportTemplateResource::json).toList();
        return Map.of("items", items, "page", 0, "size", items.size(), "total", items.size());
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN, Roles.AUDITOR,
            Roles.TELERAD_SERVICE })
    public Response version(@PathParam("id") String id, @PathParam("version") String version) {
        ReportTemplate t = catalogue.version(id, Preconditions.number("version", version, 0, Integer.MAX_VALUE));
        return Preconditions.ok(json(t), t.version());
    }

    @POST
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response create(TemplateCatalogue.TemplateDetails details) {
        ReportTemplate t = catalogue.create(details);
        URI location = uri.getAbsolutePathBuilder().path(t.id()).build();
        return Response.created(location).entity(json(t)).tag(Preconditions.tag(t.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CREDENTIALING_ADMIN)
    public Response revise(@PathParam("id") String id, TemplateCatalogue.TemplateDetails details) {
        ReportTemplate t = catalogue.revise(id, Preconditions.ifMatch(headers), details);
        return Preconditions.ok(json(t), t.version());
    }

    static Map<String, Object> json(ReportTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("version", t.version());
        m.put("name", t.name());
        m.put("modality", t.modality());
        m.put("bodyPart", t.bodyPart());
        m.put("active", t.active());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("clinicalInformation", t.sections().clinicalInformation());
        s.put("technique", t.sections().technique());
        s.put("comparison", t.sections().comparison());
        s.put("findings", t.sections().findings());
        s.put("impression", t.sections().impression());
        m.put("sections", s);
        m.put("createdAt", t.createdAt().toString());
        m.put("createdBy", t.createdBy());
        return m;
    }
}
