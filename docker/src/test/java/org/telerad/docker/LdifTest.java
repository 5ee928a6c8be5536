package org.telerad.docker;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFAddChangeRecord;
import com.unboundid.ldif.LDIFChangeRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.docker.Kit.ARCHIVE;
import static org.telerad.docker.Kit.BASE;
import static org.telerad.docker.Kit.TELERAD;
import static org.telerad.docker.Kit.required;
import static org.telerad.docker.Kit.value;
import static org.telerad.docker.Kit.values;

class LdifTest {

    private final List<LDIFChangeRecord> ldif = Kit.ldif("telerad.ldif");
    private final List<LDIFChangeRecord> fhir = Kit.ldif("telerad-fhir.ldif");

    @Test
    void every_entry_lies_under_the_archive_configuration_base() throws Exception {
        DN base = new DN(BASE);
        for (LDIFChangeRecord r : concat(ldif, fhir)) {
            assertThat(r.getParsedDN().isDescendantOf(base, false)).as(r.getDN()).isTrue();
        }
    }

    @Test
    void telerad_web_app_is_a_ups_rs_service_at_telerad_rs_with_a_keycloak_client() {
        LDIFAddChangeRecord webApp = required(ldif, "dcmWebAppName=TELERAD," + TELERAD);
        assertThat(values(webApp, "objectClass")).contains("dcmWebApp");
        assertThat(value(webApp, "dcmWebServicePath")).isEqualTo("/telerad/rs");
        assertThat(values(webApp, "dcmWebServiceClass")).containsExactly("UPS_RS");
        assertThat(value(webApp, "dcmKeycloakClientID")).isEqualTo("telerad-archive");
        assertThat(value(webApp, "dicomNetworkConnectionReference")).isEqualTo("cn=http," + TELERAD);
        LDIFAddChangeRecord http = required(ldif, "cn=http," + TELERAD);
        assertThat(value(http, "dcmProtocol")).isEqualTo("HTTP");
        assertThat(Integer.parseInt(value(http, "dicomPort"))).isPositive();
        required(ldif, "dcmWebAppName=TELERAD,cn=Unique Web Application Names Registry," + BASE);
    }

    @Test
    void keycloak_client_uses_client_credentials_with_a_placeholder_secret_never_a_real_one() {
        LDIFAddChangeRecord client = required(ldif, "dcmKeycloakClientID=telerad-archive," + ARCHIVE);
        assertThat(values(client, "objectClass")).contains("dcmKeycloakClient");
        assertThat(value(client, "dcmKeycloakRealm")).isEqualTo("dcm4che");
        assertThat(value(client, "dcmKeycloakGrantType")).isEqualTo("client_credentials");
        assertThat(value(client, "dcmKeycloakClientSecret")).isEqualTo("${TELERAD_ARCHIVE_CLIENT_SECRET}");
        assertThat(value(client, "dcmURI")).isEqualTo("${KEYCLOAK_URL}");
    }

    @Test
    void ups_exporter_sends_patient_and_request_attributes_to_the_telerad_web_app() {
        LDIFAddChangeRecord exporter = required(ldif, "dcmExporterID=TELERAD-UPS," + ARCHIVE);
        assertThat(values(exporter, "objectClass")).contains("dcmExporter");
        assertThat(value(exporter, "dcmURI")).isEqualTo("ups:TELERAD");
        assertThat(value(exporter, "dicomAETitle")).isEqualTo("DCM4CHEE");
        assertThat(value(exporter, "dcmQueueName")).isEqualTo("Export");
        assertThat(values(exporter, "dcmProperty")).contains("patient=true", "request=true")
                .anyMatch(p -> p.matches("ScheduledProcedureStepPriority=(LOW|MEDIUM|HIGH)"));
    }

    @Test
    void export_rule_fires_once_per_study_shortly_after_its_last_instance() {
        LDIFAddChangeRecord rule = required(ldif, "cn=Telerad reading task," + ARCHIVE);
        assertThat(values(rule, "objectClass")).contains("dcmExportRule");
        assertThat(value(rule, "dcmEntity")).isEqualTo("Study");
        assertThat(java.time.Duration.parse(value(rule, "dcmDuration"))).isBetween(
                java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(2));
        assertThat(values(rule, "dcmExporterID")).containsExactly("TELERAD-UPS");
    }

    @Test
    void archive_ui_opens_the_study_in_telerad_in_a_new_tab_without_an_access_token() {
        List<Modification> mods = Kit.modifications(ldif, "dcmWebAppName=DCM4CHEE," + ARCHIVE);
        List<String> added = mods.stream().filter(m -> m.getModificationType() == ModificationType.ADD)
                .filter(m -> m.getAttributeName().equals("dcmProperty"))
                .flatMap(m -> List.of(m.getValues()).stream()).toList();
        assertThat(added).contains("IID_STUDY_URL=${TELERAD_PUBLIC_URL}/telerad/studies/{{studyUID}}",
                "IID_URL_TARGET=_blank");
        assertThat(String.join(" ", added)).doesNotContain("access_token");
    }

    @Test
    void eu_archive_ae_stores_on_its_own_storage_and_stamps_access_control_id_eu() {
        LDIFAddChangeRecord ae = required(ldif, "dicomAETitle=TR_EU," + ARCHIVE);
        assertThat(values(ae, "objectClass")).contains("dicomNetworkAE", "dcmNetworkAE", "dcmArchiveNetworkAE");
        assertThat(values(ae, "dcmObjectStorageID")).containsExactly("eu-fs1");
        assertThat(value(ae, "dcmStoreAccessControlID")).isEqualTo("EU");
        assertThat(values(ae, "dcmAccessControlID")).containsExactly("EU");
        assertThat(value(ae, "dicomNetworkConnectionReference")).isEqualTo("cn=dicom," + ARCHIVE);
        LDIFAddChangeRecord storage = required(ldif, "dcmStorageID=eu-fs1," + ARCHIVE);
        assertThat(values(storage, "objectClass")).contains("dcmStorage");
        required(ldif, "dicomAETitle=TR_EU,cn=Unique AE Titles Registry," + BASE);
        assertThat(Kit.adds(ldif)).anyMatch(r -> r.getDN().startsWith("cn=CT Image Storage SCP,dicomAETitle=TR_EU,"));
    }

    @Test
    void optional_fhir_web_app_has_its_own_path_service_class_exporter_and_rule() {
        LDIFAddChangeRecord webApp = required(fhir, "dcmWebAppName=TELERAD-FHIR," + TELERAD);
        assertThat(value(webApp, "dcmWebServicePath")).isEqualTo("/telerad/fhir");
        assertThat(values(webApp, "dcmWebServiceClass")).containsExactly("FHIR");
        assertThat(value(required(fhir, "dcmExporterID=TELERAD-FHIR," + ARCHIVE), "dcmURI"))
                .isEqualTo("fhir:TELERAD-FHIR");
        assertThat(values(required(fhir, "cn=Telerad ImagingStudy," + ARCHIVE), "dcmExporterID"))
                .containsExactly("TELERAD-FHIR");
    }

    @Test
    void placeholders_are_only_the_ones_apply_ldif_sh_replaces() {
        String script = Kit.read(Kit.docker().resolve("ldap/apply-ldif.sh"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)}")
                .matcher(Kit.read(Kit.docker().resolve("ldap/telerad.ldif"))
                        + Kit.read(Kit.docker().resolve("ldap/telerad-fhir.ldif")));
        while (m.find()) {
            assertThat(script).as("apply-ldif.sh replaces " + m.group()).contains("\\${" + m.group(1) + "}");
        }
    }

    private static List<LDIFChangeRecord> concat(List<LDIFChangeRecord> a, List<LDIFChangeRecord> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
