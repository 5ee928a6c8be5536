package org.telerad.registry.license.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

class LicenseServiceTest {

    private final Registry registry = new Registry();
    private final RadiologistView ana = registry.registered("Nguyen", "Ana", "rad-ana");

    @Test
    void adds_a_license_and_derives_expiry_from_its_dates() {
        LicenseView current = registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", "2027-12-31");
        LicenseView lapsed = registry.licensed(ana, "US-CA", "CA-1", "2020-01-01", "2025-12-31");

        assertThat(current.expired()).isFalse();
        assertThat(lapsed.expired()).isTrue();
        assertThat(current.status()).isEqualTo("ACTIVE");
        assertThat(current.verifiedBy()).isEqualTo("credentialing");
    }

    @Test
    void names_unknown_jurisdiction_bad_type_and_dates_in_the_wrong_order() {
        LicenseDetails bad = new LicenseDetails("US-ZZ", "N-1", "lifetime", "2026-05-01", "2026-04-01", null);

        assertThatThrownBy(() -> registry.licenses.add(ana.id(), bad)).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("/jurisdiction", "/type", "/validTo"));
        LicenseDetails reversed = new LicenseDetails("US-TX", "N-1", "full", "2026-05-01", "2026-04-01", null);
        assertThatThrownBy(() -> registry.licenses.add(ana.id(), reversed)).isInstanceOfSatisfying(
                TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-012");
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("/validTo");
                });
        LicenseDetails notADate = new LicenseDetails("US-TX", "N-1", "full", "2026-13-01", null, null);
        assertThatThrownBy(() -> registry.licenses.add(ana.id(), notADate)).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("/validFrom"));
    }

    @Test
    void a_license_for_an_unknown_radiologist_is_not_found() {
        assertThatThrownBy(() -> registry.licenses.add("8f1c0e9e-0000-4000-8000-000000000000",
                Registry.license("US-TX", "TX-9", "2025-01-01", null))).isInstanceOfSatisfying(
                        TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.NOT_FOUND));
    }

    @Test
    void the_same_number_in_the_same_jurisdiction_is_a_conflict() {
        registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", null);
        assertThatThrownBy(() -> registry.licensed(ana, "US-TX", "TX-1", "2026-01-01", null))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.CONFLICT));
    }

    @Test
    void suspends_reinstates_renews_and_revokes_with_audited_transitions() {
        LicenseView license = registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", "2026-12-31");
        LicenseView suspended = registry.licenses.suspend(ana.id(), license.id(), license.version());
        assertThat(suspended.status()).isEqualTo("SUSPENDED");
        assertThat(registry.audit.last().detail()).contains("ACTIVE -> SUSPENDED");
        LicenseView reinstated = registry.licenses.reinstate(ana.id(), license.id(), suspended.version());
        LicenseView renewed = registry.licenses.renew(ana.id(), license.id(), reinstated.version(),
                new RenewLicense("2028-12-31", null));
        assertThat(renewed.validTo()).hasToString("2028-12-31");
        LicenseView revoked = registry.licenses.revoke(ana.id(), license.id(), renewed.version());
        assertThat(revoked.status()).isEqualTo("REVOKED");
        assertThatThrownBy(() -> registry.licenses.reinstate(ana.id(), license.id(), revoked.version()))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.CONFLICT));
    }

    @Test
    void a_license_is_addressed_under_its_own_radiologist_only() {
        RadiologistView ben = registry.registered("Okafor", "Ben", "rad-ben");
        LicenseView license = registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", null);

        assertThatThrownBy(() -> registry.licenses.get(ben.id(), license.id())).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.NOT_FOUND));
    }

    @Test
    void a_radiologist_reads_their_own_licenses_and_the_read_is_audited() {
        registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", null);
        RadiologistView ben = registry.registered("Okafor", "Ben", "rad-ben");
        registry.audit.clear();
        registry.as(Callers.radiologist("rad-ana"));

        assertThat(registry.licenses.list(ana.id())).hasSize(1);
        assertThat(registry.audit.last().objectType()).isEqualTo("License");
        assertThatThrownBy(() -> registry.licenses.list(ben.id())).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void only_credentialing_admins_change_licenses() {
        registry.as(Callers.facilityAdmin("tx-dallas"));
        assertThatThrownBy(() -> registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", null))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThat(registry.audit.withAction(AuditAction.CREATE)).hasSize(1);
    }
}
