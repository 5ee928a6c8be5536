package org.telerad.sla.contract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.contract.domain.TurnaroundTarget;
import org.telerad.shared.testing.AdjustableClock;

class TurnaroundContractServiceTest {

    private static final Caller CREDENTIALING = new Caller("credentialing", Set.of(Roles.CREDENTIALING_ADMIN),
            Set.of(), "127.0.0.1");
    private static final Caller TX_ADMIN = new Caller("facility-admin-tx", Set.of(Roles.FACILITY_ADMIN),
            Set.of("tx-dallas", "tx-houston"), "127.0.0.1");
    private static final Caller RADIOLOGIST = new Caller("rad-tx", Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1");
    private static final Caller AUDITOR = new Caller("auditor", Set.of(Roles.AUDITOR), Set.of(), "127.0.0.1");

    private final InMemoryContractStore store = new InMemoryContractStore();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final Map<String, String> facilities = Map.of("tx-dallas", "US", "ca-sacramento", "US");
    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T00:00:00Z");
    private Caller caller = CREDENTIALING;
    private final TurnaroundContractService service = new TurnaroundContractService(store,
            code -> Optional.ofNullable(facilities.get(code)), audited::add, () -> caller, clock);

    private static ContractTerms statIn(Duration target) {
        List<TurnaroundTarget> targets = new ArrayList<>(TurnaroundContract.defaultTargets());
        targets.removeIf(t -> t.priority() == Priority.STAT && t.readType() == ReadType.PRELIMINARY);
        targets.add(TurnaroundTarget.of(Priority.STAT, ReadType.PRELIMINARY, target));
        return new ContractTerms(targets, null, null, null, null, null);
    }

    @Test
    void a_facility_without_a_contract_reads_under_the_defaults_as_version_1() {
        ContractVersion current = service.current("tx-dallas");

        assertThat(current.stored()).isFalse();
        assertThat(current.contract()).isEqualTo(TurnaroundContract.defaultsFor("tx-dallas"));
        assertThat(service.versions("tx-dallas", null, null).items()).containsExactly(current);
        assertThat(new StoredTurnaroundContracts(store).version("tx-dallas", 1)).isEqualTo(current.contract());
    }

    @Test
    void the_first_revision_keeps_the_defaults_as_version_1_and_stores_version_2_audited() {
        ContractVersion revised = service.revise("tx-dallas", 1L, statIn(Duration.ofMinutes(20)));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.storedBy()).isEqualTo("credentialing");
        assertThat(service.version("tx-dallas", 1).contract()).isEqualTo(TurnaroundContract.defaultsFor("tx-dallas"));
        assertThat(service.current("tx-dallas").contract().targetFor(Priority.STAT, ReadType.PRELIMINARY, null))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(audited).singleElement().satisfies(r -> {
            assertThat(r.objectType()).isEqualTo("TurnaroundContract");
            assertThat(r.objectId()).isEqualTo("tx-dallas/2");
            assertThat(r.facilityCode()).isEqualTo("tx-dallas");
            assertThat(r.detail()).isEqualTo("version 2 stored, changed: targets");
        });
    }

    @Test
    void a_task_started_under_version_2_still_reads_version_2_after_version_3() {
        service.revise("tx-dallas", 1L, statIn(Duration.ofMinutes(20)));
        service.revise("tx-dallas", 2L, statIn(Duration.ofMinutes(15)));

        TurnaroundContracts port = new StoredTurnaroundContracts(store);
        assertThat(port.version("tx-dallas", 2).targetFor(Priority.STAT, ReadType.PRELIMINARY, null))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(port.currentFor("tx-dallas").version()).isEqualTo(3);
        assertThat(service.versions("tx-dallas", 0, 2).items()).extracting(ContractVersion::version)
                .containsExactly(3, 2);
        assertThat(service.versions("tx-dallas", 0, 2).total()).isEqualTo(3);
    }

    @Test
    void a_revision_of_a_version_that_is_no_longer_current_is_refused_as_stale() {
        service.revise("tx-dallas", 1L, statIn(Duration.ofMinutes(20)));

        assertThatThrownBy(() -> service.revise("tx-dallas", 1L, statIn(Duration.ofMinutes(10))))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.PRECONDITION_FAILED);
                    assertThat(e.code()).isEqualTo(SlaErrors.STALE_VERSION);
                });
        assertThat(store.count("tx-dallas")).isEqualTo(2);
    }

    @Test
    void invalid_terms_are_refused_naming_the_field_and_nothing_is_stored() {
        ContractTerms aboveCeiling = new ContractTerms(null, Duration.ofHours(12), null, null, null,
                Duration.ofHours(1));

        assertThatThrownBy(() -> service.revise("tx-dallas", null, aboveCeiling))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo(SlaErrors.TARGET_ABOVE_CEILING);
                    assertThat(e.violations().get(0).field()).startsWith("/targets/");
                });
        assertThat(store.rows).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void an_unknown_facility_is_not_found() {
        assertThatThrownBy(() -> service.current("xx-nowhere")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> service.revise("xx-nowhere", null, statIn(Duration.ofMinutes(5))))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(SlaErrors.UNKNOWN_FACILITY));
    }

    @Test
    void a_facility_admin_reads_only_the_contracts_of_the_facilities_in_the_token() {
        caller = TX_ADMIN;

        assertThat(service.current("tx-dallas").version()).isEqualTo(1);
        assertThatThrownBy(() -> service.current("ca-sacramento")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> service.revise("tx-dallas", null, statIn(Duration.ofMinutes(5))))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void auditors_read_every_contract_and_radiologists_none() {
        caller = AUDITOR;
        assertThat(service.current("ca-sacramento").version()).isEqualTo(1);

        caller = RADIOLOGIST;
        assertThatThrownBy(() -> service.current("tx-dallas")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void a_version_that_does_not_exist_is_not_found() {
        assertThatThrownBy(() -> service.version("tx-dallas", 2)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo(SlaErrors.UNKNOWN_VERSION));
    }
}
