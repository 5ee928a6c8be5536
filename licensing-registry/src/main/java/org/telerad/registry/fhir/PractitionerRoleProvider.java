package org.telerad.registry.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.fhir.PractitionerRoleMapper.PractitionerRoleIn;
import org.telerad.registry.privilege.application.PrivilegeSearch;
import org.telerad.registry.privilege.application.PrivilegeService;
import org.telerad.registry.privilege.application.PrivilegeView;

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
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * FHIR PractitionerRole = privilege: create, read, update and search by {@code organization} and
 * {@code practitioner}, through {@link PrivilegeService} so that facility admins grant, see and change only
 * their own facilities' privileges, exactly as on {@code /api/privileges}.
 */
@ApplicationScoped
public class PractitionerRoleProvider implements IResourceProvider {

    private PrivilegeService privileges;

    protected PractitionerRoleProvider() {
        // for CDI proxies
    }

    @Inject
    public PractitionerRoleProvider(PrivilegeService privileges) {
        this.privileges = privileges;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Read
    public PractitionerRole read(@IdParam IdType id) {
        return PractitionerRoleMapper.toFhir(FhirOutcomes.call(null, () -> privileges.get(id.getIdPart())));
    }

    @Create
    @Transactional
    public MethodOutcome create(@ResourceParam PractitionerRole role) {
        PractitionerRoleIn incoming = PractitionerRoleMapper.fromFhir(role);
        PrivilegeView granted = FhirOutcomes.call(incoming.paths(), () -> {
            PrivilegeView view = privileges.grant(incoming.command());
            return moveTo(view, incoming.status());
        });
        return outcome(granted).setCreated(true);
    }

    @Update
    @Transactional
    public MethodOutcome update(@IdParam IdType id, @ResourceParam PractitionerRole role) {
        long expected = Versions.expected(id, role, PractitionerRoleMapper.TYPE);
        PractitionerRoleIn incoming = PractitionerRoleMapper.fromFhir(role);
        PrivilegeView updated = FhirOutcomes.call(incoming.paths(), () -> {
            PrivilegeView view = privileges.update(id.getIdPart(), expected, incoming.command());
            return moveTo(view, incoming.status());
        });
        return outcome(updated);
    }

    /** Moves a privilege to the status the resource asks for (suspend, reinstate, revoke); null leaves it. */
    private PrivilegeView moveTo(PrivilegeView view, String wanted) {
        if (wanted == null || wanted.equals(view.status())) {
            return view;
        }
        return switch (wanted) {
            case "REVOKED" -> privileges.revoke(view.id(), view.version());
            case "SUSPENDED" -> privileges.suspend(view.id(), view.version());
            default -> privileges.reinstate(view.id(), view.version());
        };
    }

    /**
     * Searches privileges: {@code organization} takes {@code Organization/<id>}, a bare id or a facility code;
     * {@code practitioner} takes {@code Practitioner/<id>}.
     */
    @Search
    public IBundleProvider search(@OptionalParam(name = PractitionerRole.SP_ORGANIZATION) ReferenceParam organization,
            @OptionalParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner,
            @Count Integer count, @Offset Integer offset) {
        PageRequest page = SearchPages.pageOf(count, offset);
        String facility = idOf(organization, PractitionerRole.SP_ORGANIZATION, "Organization");
        String radiologist = idOf(practitioner, PractitionerRole.SP_PRACTITIONER, "Practitioner");
        return FhirOutcomes.call(null, () -> {
            Page<PrivilegeView> found = privileges.search(new PrivilegeSearch(facility, radiologist, null), page);
            return SearchPages.bundle(found.items().stream().map(PractitionerRoleMapper::toFhir).toList(), page,
                    found.total());
        });
    }

    private static String idOf(ReferenceParam reference, String parameter, String type) {
        if (reference == null) {
            return null;
        }
        if (reference.getChain() != null && !reference.getChain().isEmpty()) {
            throw FhirOutcomes.invalidSearch(parameter, "chained searches are not supported; use " + parameter + "="
                    + type + "/<id>");
        }
        if (reference.getResourceType() != null && !type.equals(reference.getResourceType())) {
            throw FhirOutcomes.invalidSearch(parameter, "'" + reference.getValue() + "' is not a " + type);
        }
        return reference.getIdPart();
    }

    private static MethodOutcome outcome(PrivilegeView view) {
        PractitionerRole resource = PractitionerRoleMapper.toFhir(view);
        return new MethodOutcome(resource.getIdElement()).setResource(resource);
    }
}
