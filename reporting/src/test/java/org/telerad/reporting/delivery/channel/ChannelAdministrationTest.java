package org.telerad.reporting.delivery.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.application.ChannelAdministration;
import org.telerad.reporting.delivery.channel.application.ChannelRequest;
import org.telerad.reporting.delivery.channel.application.ChannelView;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.persistence.JdbcResultChannels;
import org.telerad.reporting.delivery.testing.DeliveryTables;
import org.telerad.reporting.delivery.testing.RecordedAudit;
import org.telerad.reporting.delivery.testing.SecretKeys;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

@ExtendWith(DeliveryTables.class)
class ChannelAdministrationTest {

    private static final Caller CREDENTIALING = new Caller("credentialing", Set.of(Roles.CREDENTIALING_ADMIN),
            Set.of(), "127.0.0.1");
    private static final Caller TEXAS_ADMIN = new Caller("facility-admin-tx", Set.of(Roles.FACILITY_ADMIN),
            Set.of("tx-dallas", "tx-houston"), "127.0.0.1");
    private static final Caller CALIFORNIA_ADMIN = new Caller("facility-admin-ca", Set.of(Roles.FACILITY_ADMIN),
            Set.of("ca-sacramento"), "127.0.0.1");

    private final RecordedAudit audit = new RecordedAudit();
    private JdbcResultChannels store;
    private ChannelAdministration channels;

    @BeforeEach
    void registry(DataSource db) {
        store = new JdbcResultChannels(db, SecretKeys.box());
        channels = new ChannelAdministration(store, code -> Set.of("tx-dallas", "tx-houston", "ca-sacramento")
                .contains(code) ? Optional.of("US") : Optional.empty(), audit, new CurrentCaller());
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return CurrentCaller.callAs(caller, work);
    }

    private static ChannelRequest fhir(String name, ChannelRequest.Auth auth) {
        return new ChannelRequest(name, "fhir-r4", true, new ChannelRequest.Fhir("https://ehr.dallas.example/fhir",
                20, auth), null);
    }

    private static ChannelRequest.Auth oauth(String secret) {
        return new ChannelRequest.Auth("oauth-client-credentials", secret, null,
                "https://idp.dallas.example/token", "telerad", "system/DiagnosticReport.write");
    }

    @Test
    void a_credentialing_admin_adds_a_fhir_channel_whose_secret_is_stored_but_never_shown_or_audited() {
        ChannelView view = as(CREDENTIALING, () -> channels.add("tx-dallas", fhir("Dallas EHR", oauth("top-secret"))));

        assertThat(view.kind()).isEqualTo("fhir-r4");
        assertThat(view.fhir().auth().secretSet()).isTrue();
        assertThat(view.toString()).doesNotContain("top-secret");
        ChannelConfiguration stored = store.find(java.util.UUID.fromString(view.id())).orElseThrow();
        assertThat(((FhirEndpoint) stored.endpoint()).auth().secret().reveal()).isEqualTo("top-secret");
        assertThat(audit.records()).singleElement().satisfies(r -> {
            assertThat(r.detail()).contains("Dallas EHR", "oauth-client-credentials").doesNotContain("top-secret");
            assertThat(r.facilityCode()).isEqualTo("tx-dallas");
        });
    }

    @Test
    void a_change_without_the_secret_keeps_it_and_a_change_of_method_needs_a_new_one() {
        ChannelView added = as(CREDENTIALING, () -> channels.add("tx-dallas", fhir("Dallas EHR", oauth("top-secret"))));

        ChannelView renamed = as(CREDENTIALING, () -> channels.change("tx-dallas", added.id(), 0L,
                fhir("Dallas EHR (prod)", oauth(null))));
        assertThat(renamed.version()).isEqualTo(1);
        FhirAuth kept = ((FhirEndpoint) store.find(java.util.UUID.fromString(added.id())).orElseThrow().endpoint())
                .auth();
        assertThat(kept.secret().reveal()).isEqualTo("top-secret");

        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.change("tx-dallas", added.id(), 1L,
                fhir("Dallas EHR", new ChannelRequest.Auth("bearer", null, null, null, null, null)))))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("auth.secret"));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.change("tx-dallas", added.id(), 0L,
                fhir("Dallas EHR", oauth(null))))).isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.STALE_VERSION));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.change("tx-dallas", added.id(), null,
                fhir("Dallas EHR", oauth(null))))).isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.PRECONDITION_REQUIRED));
    }

    @Test
    void bad_settings_are_refused_field_by_field() {
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.add("tx-dallas", new ChannelRequest("RIS",
                "hl7v2-mllp", true, null, new ChannelRequest.Hl7("ris.dallas.example", 70000, null, null, "RIS",
                        "DAL|LAS", 30)))))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("port"));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.add("tx-dallas", new ChannelRequest("RIS",
                "hl7v2-mllp", true, null, new ChannelRequest.Hl7("ris.dallas.example", 2575, null, null, "RIS",
                        "DAL|LAS", 30)))))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("receivingFacility"));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.add("tx-dallas", new ChannelRequest("EHR",
                "fhir-r4", true, new ChannelRequest.Fhir("ftp://ehr/fhir", null, null), null))))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("baseUrl"));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.add("tx-dallas", new ChannelRequest("EHR",
                "smtp", true, null, null)))).isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("kind"));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.add("xx-nowhere", fhir("EHR", null))))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.UNKNOWN_FACILITY));
        as(CREDENTIALING, () -> channels.add("tx-dallas", fhir("EHR", null)));
        assertThatThrownBy(() -> as(CREDENTIALING, () -> channels.add("tx-dallas", fhir("EHR", null))))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.DUPLICATE_CHANNEL_NAME));
    }

    @Test
    void facility_admins_read_the_channels_of_their_own_facilities_only() {
        as(CREDENTIALING, () -> channels.add("tx-dallas", fhir("Dallas EHR", null)));

        assertThat(as(TEXAS_ADMIN, () -> channels.list("tx-dallas"))).extracting(ChannelView::name)
                .containsExactly("Dallas EHR");
        assertThatThrownBy(() -> as(CALIFORNIA_ADMIN, () -> channels.list("tx-dallas")))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.FORBIDDEN_FACILITY));
    }

    @Test
    void removing_a_channel_is_audited() {
        ChannelView added = as(CREDENTIALING, () -> channels.add("tx-dallas", fhir("Dallas EHR", null)));

        as(CREDENTIALING, () -> {
            channels.remove("tx-dallas", added.id(), 0L);
            return null;
        });

        assertThat(as(CREDENTIALING, () -> channels.list("tx-dallas"))).isEmpty();
        assertThat(audit.records()).extracting(r -> r.action().name()).containsExactly("CREATE", "DELETE");
    }
}
