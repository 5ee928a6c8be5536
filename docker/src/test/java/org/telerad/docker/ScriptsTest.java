package org.telerad.docker;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's shell scripts are at least syntactically sound for the shell that runs them. */
class ScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {"bash:configure-archive.sh", "bash:db/telerad-db.sh", "bash:keycloak/telerad-realm.sh",
            "bash:wildfly/setenv.sh", "bash:wildfly/telerad-init.sh", "sh:ldap/apply-ldif.sh"})
    void script_parses(String shellAndScript) throws Exception {
        String shell = shellAndScript.substring(0, shellAndScript.indexOf(':'));
        String script = Kit.docker().resolve(shellAndScript.substring(shell.length() + 1)).toString();
        Process p = new ProcessBuilder(shell, "-n", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(script + ": " + out).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--dry-run", "--dry-run --with-fhir", "--dry-run --remove"})
    void configure_archive_dry_run_builds_the_requests(String args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("bash",
                Kit.docker().resolve("configure-archive.sh").toString()));
        cmd.addAll(java.util.List.of(args.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TELERAD_ARCHIVE_CLIENT_SECRET", "not-a-real-secret");
        pb.environment().put("TELERAD_PUBLIC_URL", "https://pacs.example.org:8443");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeFalse(out.contains("jq is required"), "jq is not installed");
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("PUT ").contains("/devices/dcm4chee-arc").contains("POST ")
                .contains("/ctrl/reload");
        if (args.contains("--remove")) {
            assertThat(out).contains("DELETE ").doesNotContain("TELERAD-UPS").contains("\"IID_STUDY_URL=\"");
        } else {
            assertThat(out).contains("\"dcmURI\": \"ups:TELERAD\"")
                    .contains("IID_STUDY_URL=https://pacs.example.org:8443/telerad/studies/{{studyUID}}")
                    .contains("not-a-real-secret").doesNotContain("${");
        }
    }
}
