package org.telerad.registry.privilege.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

class PrivilegeServiceTest {

    private final Registry registry = new Registry();
    private final RadiologistView ana = registry.registered("Nguyen", "Ana", "rad-ana");

    {
        registry.opened("tx-dallas", "US-TX");
        registry.opened("tx-houston", "US-TX");
        registry.opened("ca-sacramento", "US-CA");
    }

    @Test
    void grants_a_privilege_recording_who_granted_it_and_when() {
        PrivilegeView view = registry.privileged(ana, "tx-dallas", "2025-01-01", "2027-12-31");

        assertThat(view.facilityCode()).isEqualTo("tx-dallas");
        assertThat(view.grantedBy()).isEqualTo("credentialing");
        assertThat(view.grantedAt()).isEqualTo(Registry.NOW);
        assertThat(registry.audit.last().facilityCode()).isEqualTo("tx-dallas");
        assertThat(registry.changes).endsWith("Privilege:" + view.id());
    }

    @Test
    void a_facility_admin_grants_at_their_own_facility_but_not_at_another() {
        registry.as(Callers.facilityAdmin("tx-dallas", "tx-houston"));
        PrivilegeView own = registry.privileged(ana, "tx-houston", "2025-01-01", null);
        assertThat(own.grantedBy()).isEqualTo("facility-admin");

        assertThatThrownBy(() -> registry.privileged(ana, "ca-sacramento", "2025-01-01", null))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void a_facility_admin_sees_only_their_facilities_privileges() {
        registry.privileged(ana, "tx-dallas", "2025-01-01", null);
        PrivilegeView elsewhere = registry.privileged(ana, "ca-sacramento", "2025-01-01", null);
        registry.as(Callers.facilityAdmin("tx-dallas"));

        assertThat(registry.privileges.search(PrivilegeSearch.any(), PageRequest.first(50)).items())
                .extracting(PrivilegeView::facilityCode).containsExactly("tx-dallas");
        assertThatThrownBy(() -> registry.privileges.get(elsewhere.id())).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> registry.privileges.suspend(elsewhere.id(), 0L)).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> registry.privileges.search(new PrivilegeSearch("ca-sacramento", null, null),
                PageRequest.first(50))).isInstanceOf(TeleradException.class);
    }

    @Test
    void a_radiologist_lists_only_their_own_privileges() {
        RadiologistView ben = registry.registered("Okafor", "Ben", "rad-ben");
        registry.privileged(ana, "tx-dallas", "2025-01-01", null);
        registry.privileged(ben, "tx-dallas", "2025-01-01", null);
        registry.as(Callers.radiologist("rad-ben"));

        assertThat(registry.privileges.search(PrivilegeSearch.any(), PageRequest.first(50)).items())
                .extracting(PrivilegeView::radiologistId).containsExactly(ben.id());
    }

    @Test
    void unknown_references_are_named_with_422() {
        assertThatThrownBy(() -> registry.privileges.grant(new PrivilegeDetails(ana.id(), "tx-nowhere",
                "2025-01-01", null, null))).isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.UNPROCESSABLE);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("/facility");
                });
        assertThatThrownBy(() -> registry.privileges.grant(new PrivilegeDetails(
                "8f1c0e9e-0000-4000-8000-000000000000", "tx-dallas", "2025-01-01", null, null)))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("/radiologistId"));
    }

    @Test
    void names_unknown_modality_subspecialty_and_read_type_by_position() {
        ScopeData bad = new ScopeData(List.of("CT", "XYZ"), List.of("podiatry"), List.of("draft"));
        assertThatThrownBy(() -> registry.privileges.grant(new PrivilegeDetails(ana.id(), "tx-dallas", "2025-01-01",
                null, bad))).isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("/scope/modalities/1",
                                "/scope/subspecialties/0", "/scope/readTypes/0"));
    }

    @Test
    void one_current_privilege_per_radiologist_and_facility() {
        PrivilegeView first = registry.privileged(ana, "tx-dallas", "2025-01-01", null);
        assertThatThrownBy(() -> registry.privileged(ana, "tx-dallas", "2026-01-01", null))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.CONFLICT));
        registry.privileges.revoke(first.id(), first.version());
        assertThat(registry.privileged(ana, "tx-dallas", "2026-01-01", null).status()).isEqualTo("ACTIVE");
    }

    @Test
    void rescoping_keeps_radiologist_and_facility() {
        PrivilegeView view = registry.privileged(ana, "tx-dallas", "2025-01-01", null);
        PrivilegeView rescoped = registry.privileges.update(view.id(), view.version(), new PrivilegeDetails(null,
                null, "2025-01-01", "2027-06-30", new ScopeData(List.of("ct", "MR"), List.of(),
                        List.of("preliminary"))));

        assertThat(rescoped.scope().modalities()).containsExactly("CT", "MR");
        assertThat(rescoped.scope().readTypes()).containsExactly("preliminary");
        assertThat(registry.audit.last().detail()).contains("scope.modalities", "validTo");
        assertThatThrownBy(() -> registry.privileges.update(view.id(), rescoped.version(), new PrivilegeDetails(
                null, "tx-houston", "2025-01-01", null, null))).isInstanceOf(TeleradException.class);
    }

    @Test
    void a_privilege_carries_its_reading_windows_and_rescoping_without_them_keeps_them() {
        PrivilegeView granted = registry.privileges.grant(new PrivilegeDetails(ana.id(), "tx-dallas", "2025-01-01",
                null, ScopeData.all(), List.of(new org.telerad.registry.availability.application.AvailableTimeData(
                        List.of("mon", "tue"), null, "22:00", "06:00"))));
        assertThat(granted.availableTimes()).singleElement().satisfies(t -> {
            assertThat(t.daysOfWeek()).containsExactly("mon", "tue");
            assertThat(t.availableStartTime()).isEqualTo("22:00");
            assertThat(t.availableEndTime()).isEqualTo("06:00");
        });

        PrivilegeView kept = registry.privileges.update(granted.id(), granted.version(), new PrivilegeDetails(
                ana.id(), "tx-dallas", "2025-01-01", "2027-12-31", ScopeData.all()));
        assertThat(kept.availableTimes()).isEqualTo(granted.availableTimes());

        PrivilegeView cleared = registry.privileges.update(granted.id(), kept.version(), new PrivilegeDetails(
                ana.id(), "tx-dallas", "2025-01-01", "2027-12-31", ScopeData.all(), List.of()));
        assertThat(cleared.availableTimes()).isEmpty();
        assertThat(cleared.version()).isGreaterThan(kept.version());
        assertThat(registry.audit.last().detail()).isEqualTo("changed: availableTimes");
    }

    @Test
    void a_bad_reading_window_is_refused_naming_the_field() {
        assertThatThrownBy(() -> registry.privileges.grant(new PrivilegeDetails(ana.id(), "tx-dallas", "2025-01-01",
                null, ScopeData.all(), List.of(new org.telerad.registry.availability.application.AvailableTimeData(
                        List.of("mon"), null, "08:00", "08:00")))))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-007");
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactly("/availableTimes/0/availableEndTime");
                });
    }
}
