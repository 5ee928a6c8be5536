package org.telerad.sla.contract.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.sla.contract.application.ContractVersion;
import org.telerad.sla.contract.domain.ClockStart;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.EscalationStep;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.contract.domain.TurnaroundTarget;
import org.telerad.sla.timer.persistence.SlaTables;

@ExtendWith(SlaTables.class)
class JdbcContractStoreTest {

    private static final Instant AT = Instant.parse("2026-11-28T00:00:00Z");

    private static TurnaroundContract shortDallasContract(int version) {
        TurnaroundContract c = TurnaroundContract.defaultsFor("tx-dallas")
                .withTarget(TurnaroundTarget.forModality(Priority.STAT, ReadType.PRELIMINARY, Modality.of("CT"),
                        Duration.ofSeconds(3)))
                .withWarningShare(0.5).withClockStart(ClockStart.ORDER_TIME)
                .withLadder(List.of(EscalationStep.at(0.5, EscalationAction.NOTIFY_ASSIGNED_RADIOLOGIST),
                        EscalationStep.atBreach(EscalationAction.REASSIGN)))
                .withMaximumWait(Duration.ofMinutes(90)).withCeiling(Duration.ofDays(2));
        return new TurnaroundContract(c.facilityCode(), version, c.targets(), c.ceiling(), c.warningShare(),
                c.clockStart(), c.ladder(), c.maximumWait());
    }

    @Test
    void a_stored_version_reads_back_with_every_term_in_order(DataSource db) {
        JdbcContractStore store = new JdbcContractStore(db);
        TurnaroundContract contract = shortDallasContract(2);

        assertThat(store.append(ContractVersion.stored(contract, AT, "credentialing"))).isTrue();

        assertThat(store.version("tx-dallas", 2)).contains(ContractVersion.stored(contract, AT, "credentialing"));
        assertThat(store.latest("tx-dallas")).map(ContractVersion::contract).contains(contract);
        assertThat(store.latest("tx-houston")).isEmpty();
    }

    @Test
    void versions_list_newest_first_and_an_existing_version_is_not_stored_twice(DataSource db) {
        JdbcContractStore store = new JdbcContractStore(db);
        store.append(ContractVersion.stored(TurnaroundContract.defaultsFor("tx-dallas"), AT, "telerad:defaults"));
        store.append(ContractVersion.stored(shortDallasContract(2), AT, "credentialing"));

        assertThat(store.append(ContractVersion.stored(shortDallasContract(2), AT, "someone-else"))).isFalse();
        assertThat(store.versions("tx-dallas", 0, 10)).extracting(ContractVersion::version).containsExactly(2, 1);
        assertThat(store.versions("tx-dallas", 1, 10)).extracting(ContractVersion::version).containsExactly(1);
        assertThat(store.count("tx-dallas")).isEqualTo(2);
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_stored_version(DataSource db) throws SQLException {
        new JdbcContractStore(db).append(ContractVersion.stored(shortDallasContract(1), AT, "credentialing"));

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE sla_contract SET ceiling_ms = 1"))
                    .hasMessageContaining("immutable");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM sla_contract_target"))
                    .hasMessageContaining("immutable");
        }
    }
}
