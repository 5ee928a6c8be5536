package org.telerad.registry.radiologist.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.radiologist.domain.Npi;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

class RadiologistServiceTest {

    private final Registry registry = new Registry();

    @Test
    void registers_a_radiologist_and_audits_the_creation() {
        RadiologistView view = registry.registered("Nguyen", "Ana", "rad-ana", "neuro", "msk");

        assertThat(view.active()).isTrue();
        assertThat(view.version()).isZero();
        assertThat(view.subspecialties()).containsExactly("neuro", "msk");
        assertThat(registry.audit.last().action()).isEqualTo(AuditAction.CREATE);
        assertThat(registry.audit.last().objectId()).isEqualTo(view.id());
        assertThat(registry.changes).containsExactly("Radiologist:" + view.id());
    }

    @Test
    void names_every_bad_field_at_once() {
        RadiologistDetails bad = new RadiologistDetails(new NameData("", "Ana", null, null),
                List.of(new IdentifierData(Npi.SYSTEM, "1234567890")), "not-an-email", null,
                List.of("neuro", "podiatry"), "US-TX");

        assertThatThrownBy(() -> registry.radiologists.register(bad)).isInstanceOfSatisfying(TeleradException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("/name/family",
                            "/identifiers/0/value", "/email", "/subspecialties/1", "/homeCountry");
                });
    }

    @Test
    void a_bad_npi_alone_keeps_its_own_code() {
        RadiologistDetails details = Registry.radiologist("Nguyen", "Ana", null);
        RadiologistDetails badNpi = new RadiologistDetails(details.name(),
                List.of(new IdentifierData(Npi.SYSTEM, "1234567890")), details.email(), null, List.of(), "US");

        assertThatThrownBy(() -> registry.radiologists.register(badNpi)).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-011"));
    }

    @Test
    void refuses_a_second_record_with_the_same_username() {
        registry.registered("Nguyen", "Ana", "rad-ana");
        assertThatThrownBy(() -> registry.registered("Other", "Ana", "rad-ana"))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.CONFLICT));
    }

    @Test
    void an_update_with_a_stale_version_is_refused_with_412() {
        RadiologistView view = registry.registered("Nguyen", "Ana", "rad-ana");
        RadiologistDetails renamed = Registry.radiologist("Nguyen-Smith", "Ana", "rad-ana");
        RadiologistView updated = registry.radiologists.update(view.id(), 0L, renamed);
        assertThat(updated.version()).isEqualTo(1);

        assertThatThrownBy(() -> registry.radiologists.update(view.id(), 0L, Registry.radiologist("X", "Ana", null)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.PRECONDITION_FAILED));
    }

    @Test
    void audits_changed_field_names_but_not_their_values() {
        RadiologistView view = registry.registered("Nguyen", "Ana", "rad-ana");
        registry.radiologists.update(view.id(), 0L, Registry.radiologist("Nguyen-Smith", "Ana", "rad-ana"));

        assertThat(registry.audit.last().action()).isEqualTo(AuditAction.UPDATE);
        assertThat(registry.audit.last().detail()).contains("name").doesNotContain("Nguyen-Smith");
    }

    @Test
    void a_radiologist_reads_their_own_record_and_no_other() {
        RadiologistView own = registry.registered("Nguyen", "Ana", "rad-ana");
        RadiologistView other = registry.registered("Okafor", "Ben", "rad-ben");
        registry.as(Callers.radiologist("rad-ana"));

        assertThat(registry.radiologists.get(own.id()).id()).isEqualTo(own.id());
        assertThatThrownBy(() -> registry.radiologists.get(other.id())).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThat(registry.radiologists.search(RadiologistSearch.any(), PageRequest.first(50)).items())
                .extracting(RadiologistView::id).containsExactly(own.id());
    }

    @Test
    void reads_and_searches_are_audited_as_queries() {
        RadiologistView view = registry.registered("Nguyen", "Ana", "rad-ana");
        registry.audit.clear();
        registry.as(Callers.auditor());

        registry.radiologists.get(view.id());
        registry.radiologists.search(new RadiologistSearch("ngu", null, null, null, null), PageRequest.first(10));

        assertThat(registry.audit.records()).extracting(r -> r.action()).containsExactly(AuditAction.READ,
                AuditAction.EXECUTE);
        assertThat(registry.audit.records()).allMatch(r -> r.type() == AuditEventType.QUERY);
        assertThat(registry.audit.last().detail()).contains("by name").doesNotContain("ngu");
    }

    @Test
    void auditors_and_facility_admins_change_nothing() {
        registry.as(Callers.auditor());
        assertThatThrownBy(() -> registry.registered("Nguyen", "Ana", null)).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        registry.as(Callers.facilityAdmin("tx-dallas"));
        assertThatThrownBy(() -> registry.registered("Nguyen", "Ana", null)).isInstanceOf(TeleradException.class);
    }

    @Test
    void code_running_outside_any_request_may_not_change_credentials() {
        registry.as(org.telerad.shared.security.Caller.system("background"));
        assertThatThrownBy(() -> registry.registered("Nguyen", "Ana", null)).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        registry.as(org.telerad.shared.security.Caller.system("demo-data"));
        assertThat(registry.registered("Nguyen", "Ana", null).active()).isTrue();
    }

    @Test
    void searches_by_license_jurisdiction_subspecialty_and_facility() {
        RadiologistView texan = registry.registered("Nguyen", "Ana", "rad-ana", "neuro");
        RadiologistView german = registry.registered("Weber", "Lena", "rad-lena", "msk");
        registry.licensed(texan, "US-TX", "TX-1", "2025-01-01", "2027-12-31");
        registry.licensed(german, "DE", "DE-1", "2025-01-01", null);
        registry.opened("tx-dallas", "US-TX");
        registry.privileged(texan, "tx-dallas", "2025-01-01", null);

        assertThat(registry.radiologists.search(new RadiologistSearch(null, "us-tx", null, null, null),
                PageRequest.first(10)).items()).extracting(RadiologistView::id).containsExactly(texan.id());
        assertThat(registry.radiologists.search(new RadiologistSearch(null, null, "msk", null, null),
                PageRequest.first(10)).items()).extracting(RadiologistView::id).containsExactly(german.id());
        assertThat(registry.radiologists.search(new RadiologistSearch(null, null, null, "tx-dallas", null),
                PageRequest.first(10)).items()).extracting(RadiologistView::id).containsExactly(texan.id());
    }

    @Test
    void deactivation_keeps_the_record_and_is_audited_as_a_delete() {
        RadiologistView view = registry.registered("Nguyen", "Ana", "rad-ana");
        RadiologistView inactive = registry.radiologists.deactivate(view.id(), 0L);

        assertThat(inactive.active()).isFalse();
        assertThat(registry.audit.last().action()).isEqualTo(AuditAction.DELETE);
        assertThat(registry.radiologists.reactivate(view.id(), inactive.version()).active()).isTrue();
    }

    @Test
    void finds_radiologists_by_npi_and_refuses_an_invalid_one() {
        RadiologistView view = registry.registered("Nguyen", "Ana", "rad-ana");
        assertThat(registry.radiologists.findByIdentifier(Npi.SYSTEM, "1234567893")).extracting(RadiologistView::id)
                .containsExactly(view.id());
        assertThat(registry.radiologists.findByIdentifier(Npi.SYSTEM, "1245319599")).isEmpty();
        assertThatThrownBy(() -> registry.radiologists.findByIdentifier(Npi.SYSTEM, "1234567890"))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void an_unknown_or_malformed_id_is_not_found() {
        assertThatThrownBy(() -> registry.radiologists.get("not-a-uuid")).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.NOT_FOUND));
    }
}
