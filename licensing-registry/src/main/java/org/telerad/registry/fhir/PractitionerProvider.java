package org.telerad.registry.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.fhir.PractitionerMapper.PractitionerIn;
import org.telerad.registry.fhir.PractitionerMapper.QualificationIn;
import org.telerad.registry.license.application.LicenseService;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.radiologist.application.RadiologistSearch;
import org.telerad.registry.radiologist.application.RadiologistService;
import org.telerad.registry.radiologist.application.RadiologistView;
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
 * FHIR Practitioner = radiologist with its licenses: create, read, update and search by Plan-Net's
 * {@code qualification-wherevalid-code}, {@code identifier}, {@code name} and {@code active}. Writes run in one
 * transaction through {@link RadiologistService} and {@link LicenseService} (so a Practitioner whose second
 * license is refused leaves nothing behind); reads are audited by those services as on the REST API.
 */
@ApplicationScoped
public class PractitionerProvider implements IResourceProvider {

    /** Plan-Net's search parameter on {@code qualification.extension(practitioner-qualification).whereValid}. */
    public static final String SP_WHEREVALID = "qualification-wherevalid-code";

    private RadiologistService radiologists;
    private LicenseService licenses;

    protected PractitionerProvider() {
        // for CDI proxies
    }

    @Inject
    public PractitionerProvider(RadiologistService radiologists, LicenseService licenses) {
        this.radiologists = radiologists;
        this.licenses = licenses;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        return FhirOutcomes.call(null, () -> current(id.getIdPart()));
    }

    @Create
    @Transactional
    public MethodOutcome create(@ResourceParam Practitioner practitioner) {
        PractitionerIn incoming = PractitionerMapper.fromFhir(practitioner);
        RadiologistView registered = FhirOutcomes.call(incoming.radiologist().paths(), () -> {
            RadiologistView r = radiologists.register(incoming.radiologist().command());
            return Boolean.FALSE.equals(incoming.radiologist().active()) ? radiologists.deactivate(r.id(), r.version())
                    : r;
        });
        for (QualificationIn q : incoming.qualifications()) {
            FhirOutcomes.run(q.paths(), () -> {
                LicenseView added = licenses.add(registered.id(), q.license());
                changeStatus(registered.id(), added, q.status());
            });
        }
        return outcome(FhirOutcomes.call(null, () -> current(registered.id()))).setCreated(true);
    }

    /**
     * Replaces the radiologist and reconciles its licenses: a qualification whose id is a license id (or whose
     * jurisdiction and number match a license) revises that license, any other adds one. Licenses are never
     * deleted: leaving one out is refused; send it with status {@code revoked}.
     */
    @Update
    @Transactional
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Practitioner practitioner) {
        long expected = Versions.expected(id, practitioner, PractitionerMapper.TYPE);
        PractitionerIn incoming = PractitionerMapper.fromFhir(practitioner);
        String radiologistId = id.getIdPart();
        RadiologistView before = FhirOutcomes.call(null, () -> radiologists.get(radiologistId));
        List<LicenseView> held = FhirOutcomes.call(null, () -> licenses.list(radiologistId));
        Versions.require(expected, PractitionerMapper.version(before, held), PractitionerMapper.TYPE);

        List<LicenseView> matched = match(incoming.qualifications(), held);
        FhirOutcomes.run(incoming.radiologist().paths(), () -> {
            RadiologistView revised = radiologists.update(radiologistId, before.version(),
                    incoming.radiologist().command());
            Boolean active = incoming.radiologist().active();
            if (active != null && active != revised.active()) {
                if (active) {
                    radiologists.reactivate(radiologistId, revised.version());
                } else {
                    radiologists.deactivate(radiologistId, revised.version());
                }
            }
        });
        for (int i = 0; i < incoming.qualifications().size(); i++) {
            QualificationIn q = incoming.qualifications().get(i);
            LicenseView license = matched.get(i);
            FhirOutcomes.run(q.paths(), () -> {
                if (license == null) {
                    changeStatus(radiologistId, licenses.add(radiologistId, q.license()), q.status());
                    return;
                }
                LicenseView current = license;
                if (!PractitionerMapper.sameTerms(current, q.license())) {
                    current = licenses.update(radiologistId, current.id(), current.version(), q.license());
                }
                changeStatus(radiologistId, current, q.status());
            });
        }
        return outcome(FhirOutcomes.call(null, () -> current(radiologistId)));
    }

    /** For each qualification the license it revises, or null for a new one; refuses what cannot be matched. */
    private static List<LicenseView> match(List<QualificationIn> qualifications, List<LicenseView> held) {
        ElementViolations violations = new ElementViolations();
        List<LicenseView> matched = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (QualificationIn q : qualifications) {
            String base = q.paths().root();
            Optional<LicenseView> byId = q.licenseId() == null ? Optional.empty()
                    : held.stream().filter(l -> l.id().equals(q.licenseId())).findFirst();
            if (q.licenseId() != null && byId.isEmpty()) {
                violations.add(base + ".id", FhirOutcomes.INVALID_REFERENCE, "this radiologist holds no license "
                        + "with id " + q.licenseId() + "; leave the id out to add a license");
                matched.add(null);
                continue;
            }
            String jurisdiction = Jurisdiction.of(q.license().jurisdiction()).code();
            String number = q.license().number().strip();
            LicenseView license = byId.orElseGet(() -> held.stream()
                    .filter(l -> l.jurisdiction().equals(jurisdiction) && l.number().equals(number))
                    .findFirst().orElse(null));
            if (license != null && !used.add(license.id())) {
                violations.add(base, FhirOutcomes.INVALID_ELEMENT, "two qualifications describe the same license");
            }
            matched.add(license);
        }
        for (LicenseView license : held) {
            if (!used.contains(license.id())) {
                violations.add(PractitionerMapper.TYPE + ".qualification", FhirOutcomes.INVALID_ELEMENT,
                        "licenses are never deleted: license " + license.id() + " (" + license.jurisdiction()
                                + ") is missing; send it again, with status revoked to end it");
            }
        }
        violations.throwIfAny(PractitionerMapper.TYPE);
        return matched;
    }

    /** Moves a license to the status a qualification asks for, through the board's verbs. */
    private void changeStatus(String radiologistId, LicenseView license, String wanted) {
        if (wanted.equals(license.status())) {
            return;
        }
        switch (wanted) {
            case "REVOKED" -> licenses.revoke(radiologistId, license.id(), license.version());
            case "SUSPENDED" -> licenses.suspend(radiologistId, license.id(), license.version());
            default -> licenses.reinstate(radiologistId, license.id(), license.version());
        }
    }

    /**
     * Searches radiologists. {@value #SP_WHEREVALID} takes {@code US-TX}, {@code https://www.usps.com/|TX} or
     * {@code urn:iso:std:iso:3166:-2|US-TX}; {@code identifier} takes {@code system|value} (the NPI, the
     * username under {@value FhirSystems#USERNAME}, any stored identifier) or a bare value.
     */
    @Search
    public IBundleProvider search(@OptionalParam(name = SP_WHEREVALID) TokenParam whereValid,
            @OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Practitioner.SP_NAME) StringParam name,
            @OptionalParam(name = Practitioner.SP_ACTIVE) TokenParam active, @Count Integer count,
            @Offset Integer offset) {
        PageRequest page = SearchPages.pageOf(count, offset);
        String jurisdiction = whereValid == null ? null : jurisdictionOf(whereValid).code();
        RadiologistSearch search = new RadiologistSearch(name == null ? null : name.getValue(), jurisdiction, null,
                null, active == null ? null : Boolean.valueOf(active.getValue()));
        return FhirOutcomes.call(null, () -> {
            if (identifier == null) {
                Page<RadiologistView> found = radiologists.search(search, page);
                return SearchPages.bundle(found.items().stream().map(this::withLicenses).toList(), page,
                        found.total());
            }
            List<Practitioner> matches = new ArrayList<>();
            for (RadiologistView r : byIdentifier(identifier, search)) {
                List<LicenseView> held = licenses.list(r.id());
                if (jurisdiction == null || held.stream().anyMatch(l -> l.jurisdiction().equals(jurisdiction))) {
                    matches.add(PractitionerMapper.toFhir(r, held));
                }
            }
            return SearchPages.slice(matches, page);
        });
    }

    private static Jurisdiction jurisdictionOf(TokenParam token) {
        try {
            return JurisdictionCodes.fromCode(token.getSystem(), token.getValue());
        } catch (TeleradException e) {
            throw FhirOutcomes.invalidSearch(SP_WHEREVALID, e.getMessage());
        }
    }

    /**
     * Radiologists carrying an identifier: the username and {@code system|value} are looked up directly; a bare
     * value (any system) by walking the radiologists that match the other filters, page by page. The name and
     * active filters apply to the direct lookups here, the jurisdiction filter in the caller.
     */
    private List<RadiologistView> byIdentifier(TokenParam identifier, RadiologistSearch search) {
        String system = identifier.getSystem() == null ? "" : identifier.getSystem().strip();
        String value = identifier.getValue() == null ? "" : identifier.getValue().strip();
        if (value.isEmpty()) {
            throw FhirOutcomes.invalidSearch(Practitioner.SP_IDENTIFIER, "an identifier value is required");
        }
        if (system.equals(FhirSystems.USERNAME)) {
            return radiologists.findByUsername(value).filter(r -> matchesFilters(r, search)).stream().toList();
        }
        if (!system.isEmpty()) {
            return radiologists.findByIdentifier(system, value).stream().filter(r -> matchesFilters(r, search))
                    .toList();
        }
        List<RadiologistView> matches = new ArrayList<>();
        RadiologistSearch withoutJurisdiction = new RadiologistSearch(search.name(), null, null, null,
                search.active());
        PageRequest chunk = PageRequest.all();
        while (true) {
            Page<RadiologistView> page = radiologists.search(withoutJurisdiction, chunk);
            page.items().stream().filter(r -> carries(r, value)).forEach(matches::add);
            if ((long) (chunk.page() + 1) * chunk.size() >= page.total() || page.items().isEmpty()) {
                return matches;
            }
            chunk = new PageRequest(chunk.page() + 1, chunk.size());
        }
    }

    private static boolean matchesFilters(RadiologistView r, RadiologistSearch search) {
        String name = search.name() == null ? null : search.name().strip().toLowerCase(Locale.ROOT);
        String full = (r.name().family() + " " + r.name().given()).toLowerCase(Locale.ROOT);
        return (search.active() == null || search.active() == r.active())
                && (name == null || name.isEmpty() || full.contains(name));
    }

    private static boolean carries(RadiologistView r, String value) {
        return r.identifiers().stream().anyMatch(i -> value.equals(i.value())) || value.equalsIgnoreCase(r.username());
    }

    private Practitioner withLicenses(RadiologistView r) {
        return PractitionerMapper.toFhir(r, licenses.list(r.id()));
    }

    private Practitioner current(String radiologistId) {
        RadiologistView r = radiologists.get(radiologistId);
        return PractitionerMapper.toFhir(r, licenses.list(r.id()));
    }

    private static MethodOutcome outcome(Practitioner resource) {
        return new MethodOutcome(resource.getIdElement()).setResource(resource);
    }
}
