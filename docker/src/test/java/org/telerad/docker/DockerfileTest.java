package org.telerad.docker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileTest {

    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(.+)$");

    private final Path root = Kit.root();
    private final String dockerfile = Kit.read(root.resolve("docker/Dockerfile"));

    @Test
    void image_is_built_from_the_official_secured_archive_image() {
        assertThat(dockerfile).containsPattern("(?m)^FROM dcm4che/dcm4chee-arc-psql:5\\.35\\.0-secure$");
    }

    @Test
    void war_in_the_image_is_the_one_the_build_produces() {
        assertThat(dockerfile).containsPattern(
                "(?m)^COPY .*telerad-war/target/telerad\\.war /docker-entrypoint\\.d/deployments/telerad\\.war$");
        assertThat(Kit.read(root.resolve("telerad-war/pom.xml"))).contains("<finalName>telerad</finalName>");
        assertThat(Kit.read(root.resolve("docker/Dockerfile.dockerignore")))
                .contains("!telerad-war/target/telerad.war");
    }

    @Test
    void no_second_copy_of_a_war_is_kept_in_the_kit() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("docker"))) {
            assertThat(files.filter(p -> !p.toString().contains("/target/"))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".war") || n.endsWith(".ear") || n.endsWith(".jar")))
                    .isEmpty();
        }
    }

    @Test
    void every_other_copied_file_exists_in_the_repository_and_passes_the_dockerignore() {
        String ignore = Kit.read(root.resolve("docker/Dockerfile.dockerignore"));
        Matcher m = COPY.matcher(dockerfile);
        int copies = 0;
        while (m.find()) {
            List<String> args = List.of(m.group(1).trim().split("\\s+"));
            for (String source : args.subList(0, args.size() - 1)) {
                copies++;
                if (!source.startsWith("telerad-war/target/")) {
                    assertThat(root.resolve(source)).as("COPY source " + source).exists();
                    assertThat(ignore).as("Dockerfile.dockerignore lets " + source + " through")
                            .containsAnyOf("!" + source, "!" + source.substring(0, source.lastIndexOf('/') + 1));
                }
            }
        }
        assertThat(copies).isGreaterThanOrEqualTo(4);
    }

    @Test
    void wildfly_init_script_adds_the_datasource_and_the_bearer_only_secure_deployment() {
        String cli = Kit.read(root.resolve("docker/wildfly/telerad.cli"));
        assertThat(cli).contains("data-source=TeleradDS:add(jndi-name=java:jboss/datasources/TeleradDS")
                .contains("driver-name=psql")
                .contains("password=\"${env.TELERAD_DB_PASSWORD}\"")
                .contains("secure-deployment=telerad.war:add(")
                .contains("/realms/${env.REALM_NAME:dcm4che}")
                .contains("bearer-only=true")
                .contains("client-id=\"${env.TELERAD_API_CLIENT_ID:telerad-api}\"")
                .contains("principal-attribute=preferred_username");
        assertThat(cli).doesNotContainPattern("(?m)^embed-server"); // telerad-init.sh wraps it for the active config
    }
}
