package org.telerad.docker;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs docker/wildfly/setenv.sh with bash against a stand-in for the image's own setenv.sh that narrows
 * WILDFLY_DEPLOYMENTS exactly as dcm4chee-arc-psql 5.35.0-secure does (EAR only for WILDFLY_DEPLOY_UI=false,
 * UI WAR only for "only", unset otherwise), and checks what the entrypoint would deploy.
 */
class SetenvTest {

    private static final String EAR = "dcm4chee-arc-ear-5.35.0-psql-secure.ear";
    private static final String UI = "dcm4chee-arc-ui2-5.35.0-secure.war";

    @TempDir
    Path dir;

    @BeforeEach
    void imageLayout() throws IOException {
        Files.writeString(dir.resolve("setenv-dcm4chee.sh"), """
                file_env() { local var="$1" f="${1}_FILE"; if [ -z "${!var:-}" ] && [ -n "${!f:-}" ]; then
                  export "$var"="$(< "${!f}")"; fi; unset "$f"; }
                DCM4CHEE_ARC_VERSION=5.35.0
                if [ "$WILDFLY_DEPLOY_UI" = 'false' ]; then
                	WILDFLY_DEPLOYMENTS="dcm4chee-arc-ear-${DCM4CHEE_ARC_VERSION}-psql-secure.ear"
                elif [ "$WILDFLY_DEPLOY_UI" = 'only' ]; then
                	WILDFLY_DEPLOYMENTS="dcm4chee-arc-ui2-${DCM4CHEE_ARC_VERSION}-secure.war"
                fi
                SYS_PROPS="-c dcm4chee-arc.xml"
                """);
        Path deployments = Files.createDirectories(dir.resolve("deployments"));
        for (String f : new String[] {EAR, UI, "telerad.war"}) {
            Files.writeString(deployments.resolve(f), "x");
        }
        Files.createDirectories(dir.resolve("jboss/standalone/deployments"));
        Files.writeString(dir.resolve("jboss/standalone/deployments/telerad.war"), "x");
    }

    @Test
    void archive_container_with_deploy_ui_false_deploys_the_ear_and_telerad() throws Exception {
        assertThat(run("false", "auto")).contains("DEPLOYMENTS=[" + EAR + " telerad.war]")
                .contains("INIT=[/docker-entrypoint.d/telerad/telerad-init.sh]");
    }

    @Test
    void ui_only_container_deploys_the_ui_and_removes_telerad() throws Exception {
        assertThat(run("only", "auto")).contains("DEPLOYMENTS=[" + UI + "]").contains("INIT=[]");
        assertThat(dir.resolve("jboss/standalone/deployments/telerad.war")).doesNotExist();
    }

    @Test
    void default_deploy_ui_copies_the_whole_folder_telerad_included() throws Exception {
        assertThat(run("", "auto")).contains("DEPLOYMENTS=[]")
                .contains("INIT=[/docker-entrypoint.d/telerad/telerad-init.sh]");
    }

    @Test
    void telerad_can_be_switched_off_without_touching_the_archive() throws Exception {
        assertThat(run("", "false")).contains("DEPLOYMENTS=[" + EAR + " " + UI + " ]").contains("INIT=[]");
    }

    @Test
    void database_password_can_come_from_a_docker_secret_file() throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cr3t");
        assertThat(run("false", "auto", "TELERAD_DB_PASSWORD_FILE=" + secret)).contains("PW=[s3cr3t]");
    }

    private String run(String deployUi, String teleradDeploy, String... env) throws Exception {
        Path script = Kit.docker().resolve("wildfly/setenv.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                ". \"$0\"; echo \"DEPLOYMENTS=[$WILDFLY_DEPLOYMENTS]\"; echo \"INIT=[$WILDFLY_INIT]\";"
                        + " echo \"PW=[$TELERAD_DB_PASSWORD]\"", script.toString());
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv("PATH"));
        pb.environment().put("WILDFLY_DEPLOY_UI", deployUi);
        pb.environment().put("TELERAD_DEPLOY", teleradDeploy);
        pb.environment().put("TELERAD_SETENV_ORIGINAL", dir.resolve("setenv-dcm4chee.sh").toString());
        pb.environment().put("TELERAD_DEPLOYMENTS_SOURCE", dir.resolve("deployments").toString());
        pb.environment().put("JBOSS_HOME", dir.resolve("jboss").toString());
        for (String e : env) {
            pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
