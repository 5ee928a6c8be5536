package org.telerad.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTest {

    /**
     * Images of the archive's official secure compose at 5.35.0 (../shared/design/DCM4CHEE.md, section 5):
     * dcm4che's namespace on Docker Hub, plus the MariaDB that its compose uses as Keycloak's database.
     */
    static final Set<String> ALLOWED_IMAGES = Set.of(
            "dcm4che/slapd-dcm4chee:2.6.13-35.0",
            "dcm4che/postgres-dcm4chee:18.3-35",
            "dcm4che/dcm4chee-arc-psql:5.35.0-secure",
            "dcm4che/keycloak:25.0.6",
            "mariadb:10.11.4");

    private final Path docker = Kit.docker();
    private final JsonNode compose = yaml(docker.resolve("docker-compose.yml"));

    @Test
    void has_the_services_of_the_official_secure_compose_and_telerads_one_shot_jobs() {
        assertThat(names(compose.path("services"))).contains("ldap", "mariadb", "keycloak", "db", "arc", "ui",
                "ldap-telerad", "keycloak-telerad");
    }

    @Test
    void references_only_allowed_images_or_the_image_built_from_docker_dockerfile() {
        compose.path("services").fields().forEachRemaining(s -> {
            JsonNode service = s.getValue();
            String image = service.path("image").asText();
            if (service.has("build")) {
                Path context = docker.resolve(service.path("build").path("context").asText()).normalize();
                assertThat(context).isEqualTo(Kit.root());
                assertThat(context.resolve(service.path("build").path("dockerfile").asText())).exists();
                assertThat(image).as(s.getKey()).startsWith("telerad/");
            } else {
                assertThat(ALLOWED_IMAGES).as("image of service " + s.getKey()).contains(image);
            }
        });
    }

    @Test
    void mounts_only_files_that_exist_in_the_repository() {
        compose.path("services").fields().forEachRemaining(s -> s.getValue().path("volumes").forEach(v -> {
            String source = v.asText().split(":")[0];
            if (source.startsWith(".")) {
                assertThat(docker.resolve(source).normalize()).as(s.getKey() + " mounts " + source).exists();
            } else {
                assertThat(source).as(s.getKey() + " mounts " + source).startsWith("/");
            }
        }));
    }

    @Test
    void archive_container_keeps_deploy_ui_false_and_gets_telerads_settings() {
        JsonNode env = compose.path("services").path("arc").path("environment");
        assertThat(env.path("WILDFLY_DEPLOY_UI").asText()).isEqualTo("false");
        assertThat(env.path("TELERAD_DB_PASSWORD").asText()).isEqualTo("${TELERAD_DB_PASSWORD}");
        assertThat(env.path("TELERAD_SECRETS_KEY").asText()).startsWith("${TELERAD_SECRETS_KEY:?");
        assertThat(compose.path("services").path("ui").path("environment").path("WILDFLY_DEPLOY_UI").asText())
                .isEqualTo("only");
    }

    @Test
    void no_secret_is_written_in_the_compose_file_or_the_env_example() throws Exception {
        compose.path("services").fields().forEachRemaining(s -> s.getValue().path("environment").fields()
                .forEachRemaining(e -> {
                    if (e.getKey().matches(".*(PASSWORD|SECRET|ROOTPASS|TOKEN).*")) {
                        assertThat(e.getValue().asText()).as(s.getKey() + " " + e.getKey()).startsWith("${");
                    }
                }));
        for (String line : Files.readAllLines(docker.resolve(".env.example"))) {
            if (line.matches("[A-Z_]*(PASSWORD|SECRET|ROOTPASS|TOKEN)=.*")) {
                assertThat(line).matches("[A-Z_]+=(change-me)?");
            }
        }
        assertThat(Kit.read(docker.resolve(".gitignore"))).contains(".env");
    }

    @Test
    void parses_with_docker_compose_config() throws Exception {
        String exe = docker_compose();
        Assumptions.assumeTrue(exe != null, "docker-compose is not installed (Debian package docker-compose): "
                + "skipping `docker-compose config`; ./telerad test installs it");
        ProcessBuilder pb = new ProcessBuilder(exe, "--env-file", docker.resolve(".env.example").toString(),
                "-f", docker.resolve("docker-compose.yml").toString(), "config");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("docker-compose config:\n" + out).isZero();
        JsonNode resolved = new ObjectMapper(new YAMLFactory()).readTree(out);
        assertThat(names(resolved.path("services"))).containsAll(names(compose.path("services")));
        assertThat(resolved.path("services").path("arc").path("build").path("context").asText())
                .isEqualTo(Kit.root().toString());
    }

    static String docker_compose() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path exe = Path.of(dir, "docker-compose");
            if (Files.isExecutable(exe)) {
                return exe.toString();
            }
        }
        return null;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            names.add(it.next().getKey());
        }
        return names;
    }

    private static JsonNode yaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }
}
