package org.telerad.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.docker.Kit.ARCHIVE;
import static org.telerad.docker.Kit.TELERAD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFChangeRecord;
import com.unboundid.ldif.LDIFDeleteChangeRecord;
import com.unboundid.ldif.LDIFReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The archive may call Telerad with a static credential instead of a Keycloak token: dcm4chee-arc-light's
 * {@code ups:}/{@code fhir:} exporters send {@code Authorization: Bearer <bearer-token property>} or {@code Basic
 * base64(<basic-auth property>)} from the web app's properties, only when the web app has no
 * {@code dcmKeycloakClientID}. The kit's LDIF and REST script point Telerad's web apps at {@code /telerad/archive-rs}
 * (the only path where Telerad checks static credentials) with exactly one of those properties, and drop the
 * Keycloak client.
 */
class StaticCredentialTest {

    private static final String TOKEN = "kit-test-token-0123456789abcdefghijklmnop";
    private static final String PASSWORD = "kit-test-password-0123";
    private static final List<String> WEB_APPS = List.of("dcmWebAppName=TELERAD," + TELERAD,
            "dcmWebAppName=TELERAD-FHIR," + TELERAD);

    private final List<LDIFChangeRecord> ldif = Kit.ldif("telerad-static-credential.ldif");

    @Test
    void both_web_apps_move_to_archive_rs_lose_their_keycloak_client_and_get_the_static_property() {
        for (String dn : WEB_APPS) {
            List<Modification> mods = Kit.modifications(ldif, dn);
            assertThat(mods).as(dn).allMatch(m -> m.getModificationType() == ModificationType.REPLACE);
            assertThat(values(mods, "dcmWebServicePath")).as(dn).containsExactly("/telerad/archive-rs");
            // replace with no value: removes the attribute when present, no error when absent (idempotent)
            assertThat(mods).as(dn).anyMatch(m -> m.getAttributeName().equals("dcmKeycloakClientID")
                    && m.getValues().length == 0);
            assertThat(values(mods, "dcmProperty")).as(dn).containsExactly("${TELERAD_ARCHIVE_STATIC_AUTH}");
        }
    }

    @Test
    void the_unused_keycloak_client_and_its_secret_are_deleted_from_the_archive() {
        assertThat(ldif).filteredOn(LDIFDeleteChangeRecord.class::isInstance).extracting(LDIFChangeRecord::getDN)
                .containsExactly("dcmKeycloakClientID=telerad-archive," + ARCHIVE);
        assertThat(ldif.get(ldif.size() - 1)).as("deleted after the web apps stop naming it")
                .isInstanceOf(LDIFDeleteChangeRecord.class);
    }

    @Test
    void apply_ldif_fills_in_a_bearer_token_and_adds_the_static_file_after_telerad_ldif() throws Exception {
        Run run = applyLdif(Map.of("TELERAD_ARCHIVE_AUTH", "bearer-token", "TELERAD_ARCHIVE_BEARER_TOKEN", TOKEN),
                "ldap/telerad.ldif");

        assertThat(run.exit).as(run.out).isZero();
        List<LDIFChangeRecord> applied = parse(run.stdout);
        for (String dn : WEB_APPS) {
            assertThat(values(modifications(applied, dn), "dcmProperty")).containsExactly("bearer-token=" + TOKEN);
        }
        assertThat(run.stdout).doesNotContain("${").doesNotContain("dcmProperty: basic-auth=");
    }

    @Test
    void apply_ldif_fills_in_basic_auth_as_archive_name_and_password_without_a_keycloak_secret() throws Exception {
        Run run = applyLdif(Map.of("TELERAD_ARCHIVE_AUTH", "basic", "TELERAD_ARCHIVE_BASIC_PASSWORD", PASSWORD,
                "TELERAD_ARCHIVE_NAME", "pacs-main"), "ldap/telerad.ldif", "ldap/telerad-static-credential.ldif");

        assertThat(run.exit).as(run.out).isZero();
        assertThat(values(modifications(parse(run.stdout), WEB_APPS.get(0)), "dcmProperty"))
                .containsExactly("basic-auth=pacs-main:" + PASSWORD);
        assertThat(run.stdout.split("telerad-static-credential", -1)).as("the static file is applied once")
                .hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void apply_ldif_refuses_a_short_token_two_secrets_or_a_static_file_in_keycloak_mode() throws Exception {
        assertThat(applyLdif(Map.of("TELERAD_ARCHIVE_AUTH", "bearer-token", "TELERAD_ARCHIVE_BEARER_TOKEN", "short"),
                "ldap/telerad.ldif").exit).isEqualTo(2);
        assertThat(applyLdif(Map.of("TELERAD_ARCHIVE_BEARER_TOKEN", TOKEN, "TELERAD_ARCHIVE_BASIC_PASSWORD", PASSWORD),
                "ldap/telerad-static-credential.ldif").exit).isEqualTo(2);
        assertThat(applyLdif(Map.of("TELERAD_ARCHIVE_AUTH", "keycloak", "TELERAD_ARCHIVE_CLIENT_SECRET", "s"),
                "ldap/telerad-static-credential.ldif").exit).isEqualTo(2);
        assertThat(applyLdif(Map.of("TELERAD_ARCHIVE_AUTH", "bearer-token", "TELERAD_ARCHIVE_BEARER_TOKEN",
                "has a space in it and is long enough to pass"), "ldap/telerad.ldif").exit).isEqualTo(2);
    }

    @Test
    void configure_archive_static_mode_writes_the_same_web_apps_as_the_ldif_and_drops_the_keycloak_client()
            throws Exception {
        List<String> cmd = List.of("bash", Kit.docker().resolve("configure-archive.sh").toString(), "--dry-run",
                "--with-fhir");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("TELERAD_ARCHIVE_CLIENT_SECRET");
        pb.environment().put("TELERAD_PUBLIC_URL", "https://pacs.example.org:8443");
        pb.environment().put("TELERAD_ARCHIVE_AUTH", "bearer-token");
        pb.environment().put("TELERAD_ARCHIVE_BEARER_TOKEN", TOKEN);
        Run run = run(pb);
        Assumptions.assumeFalse(run.out.contains("jq is required"), "jq is not installed");
        assertThat(run.exit).as(run.out).isZero();

        JsonNode telerad = put(run.out, "telerad");
        List<JsonNode> webApps = new ArrayList<>();
        telerad.path("dcmDevice").path("dcmWebApp").forEach(webApps::add);
        assertThat(webApps).extracting(w -> w.path("dcmWebAppName").asText())
                .containsExactlyInAnyOrder("TELERAD", "TELERAD-FHIR");
        for (JsonNode w : webApps) {
            assertThat(w.path("dcmWebServicePath").asText()).isEqualTo("/telerad/archive-rs");
            assertThat(w.has("dcmKeycloakClientID")).isFalse();
            assertThat(w.path("dcmProperty").toString()).isEqualTo("[\"bearer-token=" + TOKEN + "\"]");
        }
        JsonNode archive = put(run.out, "dcm4chee-arc");
        assertThat(archive.path("dcmDevice").path("dcmKeycloakClient").toString()).doesNotContain("telerad-archive");
        assertThat(archive.path("dcmDevice").path("dcmArchiveDevice").path("dcmExporter").toString())
                .contains("ups:TELERAD").contains("fhir:TELERAD-FHIR");
    }

    private record Run(int exit, String out, String stdout) {
    }

    private static Run applyLdif(Map<String, String> env, String... files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", Kit.docker().resolve("ldap/apply-ldif.sh").toString(),
                "--dry-run"));
        Arrays.stream(files).map(f -> Kit.docker().resolve(f).toString()).forEach(cmd::add);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        for (String name : List.of("TELERAD_ARCHIVE_AUTH", "TELERAD_ARCHIVE_BEARER_TOKEN",
                "TELERAD_ARCHIVE_BASIC_PASSWORD", "TELERAD_ARCHIVE_CLIENT_SECRET", "TELERAD_ARCHIVE_NAME")) {
            pb.environment().remove(name);
        }
        pb.environment().put("TELERAD_PUBLIC_URL", "https://pacs.example.org:8443");
        pb.environment().putAll(env);
        return run(pb);
    }

    private static Run run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        byte[] err = new byte[0];
        byte[] out = p.getInputStream().readAllBytes();
        err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(out, StandardCharsets.UTF_8);
        return new Run(p.exitValue(), stdout + new String(err, StandardCharsets.UTF_8), stdout);
    }

    /** The JSON body of the dry run's {@code PUT .../devices/<name>}. */
    private static JsonNode put(String out, String device) throws Exception {
        int start = out.indexOf("/devices/" + device + "\n");
        assertThat(start).as("PUT of device " + device + " in\n" + out).isNotNegative();
        int body = out.indexOf('\n', start) + 1;
        int end = out.indexOf("\n---", body);
        return new ObjectMapper().readTree(out.substring(body, end < 0 ? out.length() : end));
    }

    private static List<LDIFChangeRecord> parse(String text) throws Exception {
        List<LDIFChangeRecord> records = new ArrayList<>();
        try (LDIFReader reader = new LDIFReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (LDIFChangeRecord r = reader.readChangeRecord(true); r != null; r = reader.readChangeRecord(true)) {
                records.add(r);
            }
        }
        return records;
    }

    private static List<Modification> modifications(List<LDIFChangeRecord> records, String dn) {
        return Kit.modifications(records, dn);
    }

    private static List<String> values(List<Modification> mods, String attribute) {
        return mods.stream().filter(m -> m.getAttributeName().equals(attribute))
                .flatMap(m -> Arrays.stream(m.getValues())).toList();
    }
}
