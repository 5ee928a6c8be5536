package org.telerad.registry.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.facility.application.FacilityDetails;
import org.telerad.registry.facility.application.FacilitySearch;
import org.telerad.registry.facility.application.FacilityService;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.facility.application.StudyIdentifiersData;
import org.telerad.shared.problem.TeleradException;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * FHIR Organization = facility: create, read, update (If-Match / meta.versionId, 412 when stale) and search
 * by identifier, name and active. Every call goes through {@link FacilityService}, so the same roles and audit
 * apply as on {@code /api/facilities}; a write runs in one transaction (open and deactivate together).
 */
@ApplicationScoped
public class OrganizationProvider implements IResourceProvider {

    private FacilityService facilities;

    protected OrganizationProvider() {
        // for CDI proxies
    }

    @Inject
    public OrganizationProvider(FacilityService facilities) {
        this.facilities = facilities;
    }

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
        return OrganizationMapper.toFhir(FhirOutcomes.call(null, () -> facilities.get(id.getIdPart())));
    }

    @Create
    @Transactional
    public MethodOutcome create(@ResourceParam Organization organization) {
        Incoming<FacilityDetails> incoming = OrganizationMapper.fromFhir(organization);
        FacilityView created = FhirOutcomes.call(incoming.paths(), () -> {
            FacilityView opened = facilities.open(incoming.command());
            return Boolean.FALSE.equals(incoming.active()) ? facilities.deactivate(opened.id(), opened.version())
                    : opened;
        });
        return outcome(created).setCreated(true);
    }

    @Update
    @Transactional
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Organization organization) {
        long expected = Versions.expected(id, organization, OrganizationMapper.TYPE);
        Incoming<FacilityDetails> incoming = OrganizationMapper.fromFhir(organization);
        FacilityView updated = FhirOutcomes.call(incoming.paths(), () -> {
            FacilityView revised = facilities.update(id.getIdPart(), expected, incoming.command());
            if (incoming.active() != null && incoming.active() != revised.active()) {
                revised = incoming.active() ? facilities.reactivate(revised.id(), revised.version())
                        : facilities.deactivate(revised.id(), revised.version());
            }
            return revised;
        });
        return outcome(updated);
    }

    /**
     * Searches facilities. {@code identifier} matches the facility code, an AE title, an institution name or an
     * HL7 sending facility (with or without its system); {@code name} matches name or code by substring.
     */
    @Search
    public IBundleProvider search(@OptionalParam(name = Organization.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Organization.SP_NAME) StringParam name,
            @OptionalParam(name = Organization.SP_ACTIVE) TokenParam active, @Count Integer count,
            @Offset Integer offset) {
        PageRequest page = SearchPages.pageOf(count, offset);
        Boolean activeFlag = active == null ? null : Boolean.valueOf(active.getValue());
        String nameText = name == null ? null : name.getValue();
        return FhirOutcomes.call(null, () -> {
            if (identifier == null) {
                Page<FacilityView> found = facilities.search(new FacilitySearch(nameText, null, activeFlag), page);
                return SearchPages.bundle(found.items().stream().map(OrganizationMapper::toFhir).toList(), page,
                        found.total());
            }
            return SearchPages.slice(byIdentifier(identifier, nameText, activeFlag), page);
        });
    }

    /**
     * The registry has no identifier filter for facilities: the facility code is looked up directly, the other
     * identifiers by walking all facilities (a registry holds hundreds, not millions, and they are no personal data).
     */
    private List<Organization> byIdentifier(TokenParam identifier, String name, Boolean active) {
        String system = identifier.getSystem() == null ? "" : identifier.getSystem().strip();
        String value = identifier.getValue() == null ? "" : identifier.getValue().strip();
        if (value.isEmpty()) {
            throw FhirOutcomes.invalidSearch(Organization.SP_IDENTIFIER, "an identifier value is required");
        }
        List<FacilityView> matches = new ArrayList<>();
        if (system.equals(FhirSystems.FACILITY_CODE)) {
            try {
                matches.add(facilities.get(value));
            } catch (TeleradException e) {
                if (e.kind() != TeleradException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        } else {
            PageRequest chunk = PageRequest.all();
            for (Page<FacilityView> page = facilities.search(new FacilitySearch(name, null, active), chunk);;) {
                page.items().stream().filter(f -> carries(f, system, value)).forEach(matches::add);
                if ((long) (chunk.page() + 1) * chunk.size() >= page.total()) {
                    break;
                }
                chunk = new PageRequest(chunk.page() + 1, chunk.size());
                page = facilities.search(new FacilitySearch(name, null, active), chunk);
            }
        }
        return matches.stream()
                .filter(f -> name == null || f.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))
                        || f.code().contains(name.toLowerCase(Locale.ROOT)))
                .filter(f -> active == null || f.active() == active)
                .map(OrganizationMapper::toFhir).toList();
    }

    private static boolean carries(FacilityView f, String system, String value) {
        StudyIdentifiersData ids = f.identifiers();
        boolean any = system.isEmpty();
        return ((any || system.equals(FhirSystems.FACILITY_CODE)) && f.code().equals(value))
                || ((any || system.equals(FhirSystems.AE_TITLE)) && ids != null && contains(ids.aeTitles(), value))
                || ((any || system.equals(FhirSystems.INSTITUTION_NAME)) && ids != null
                        && containsIgnoringCase(ids.institutionNames(), value))
                || ((any || system.equals(FhirSystems.HL7_FACILITY)) && ids != null
                        && contains(ids.hl7Facilities(), value));
    }

    private static boolean contains(List<String> values, String value) {
        return values != null && values.contains(value);
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        return values != null && values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
    }

    private static MethodOutcome outcome(FacilityView view) {
        Organization resource = OrganizationMapper.toFhir(view);
        return new MethodOutcome(resource.getIdElement()).setResource(resource);
    }
}
