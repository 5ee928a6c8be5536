package org.telerad.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assumptions;

/**
 * Undeploys and deploys {@code telerad.war} on the test stack through WildFly's deployment scanner (the markers
 * in {@code standalone/deployments}; the management interface has no user), holding the launcher's
 * {@code redeploy.lock} meanwhile as {@code ./telerad redeploy} does, and waiting for {@code /health/ready}.
 */
public final class Redeployments implements AutoCloseable {

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    static final Duration UNDEPLOY_WITHIN = Duration.ofSeconds(30);
    static final Duration DEPLOY_WITHIN = Duration.ofSeconds(120);

    private final Path deployments;
    private final Process lock;

    private Redeployments(Path deployments, Process lock) {
        this.deployments = deployments;
        this.lock = lock;
    }

    /** Takes the redeploy lock of the test stack; skips the test when it cannot (no stack, lock held). */
    public static Redeployments locked() throws IOException {
        Path deployments = deployments();
        Assumptions.assumeTrue(deployments != null && Files.isRegularFile(deployments.resolve("telerad.war.deployed")),
                "no deployed telerad.war in the test stack's deployments folder");
        Path lockFile = deployments.getParent().getParent().getParent().resolve("redeploy.lock");
        Process p = new ProcessBuilder("flock", "-w", "120", lockFile.toString(), "sh", "-c", "echo locked; exec cat")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"locked".equals(first)) {
            p.destroy();
            Assumptions.abort("another ./telerad redeploy holds " + lockFile + " for more than two minutes");
        }
        return new Redeployments(deployments, p);
    }

    public void undeploy() throws Exception {
        Files.deleteIfExists(deployments.resolve("telerad.war.dodeploy"));
        Files.delete(deployments.resolve("telerad.war.deployed"));
        await("WildFly undeploys telerad.war", UNDEPLOY_WITHIN,
                () -> Files.exists(deployments.resolve("telerad.war.undeployed")) && apiStatus() == 404);
    }

    public void deploy() throws Exception {
        Files.deleteIfExists(deployments.resolve("telerad.war.undeployed"));
        Path dodeploy = deployments.resolve("telerad.war.dodeploy");
        Files.writeString(dodeploy, "telerad.war");
        await("WildFly deploys telerad.war again", DEPLOY_WITHIN, () -> {
            assertThat(deployments.resolve("telerad.war.failed")).doesNotExist();
            return !Files.exists(dodeploy) && Files.exists(deployments.resolve("telerad.war.deployed")) && ready()
                    && apiStatus() != 404;
        });
    }

    /** Deploys again if still undeployed, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!Files.exists(deployments.resolve("telerad.war.deployed"))) {
                deploy();
            }
        } catch (IOException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deploying telerad.war again", e);
        } catch (Exception e) {
            throw new IOException("telerad.war was not deployed again: " + e.getMessage(), e);
        } finally {
            lock.getOutputStream().close();
            try {
                lock.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Path deployments() {
        String configured = System.getProperty("telerad.deployments");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("telerad"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return null;
        }
        Path state = dir.resolve(".telerad").resolve(Stack.profile());
        if (!Files.isDirectory(state)) {
            return null;
        }
        try (var wildflies = Files.list(state)) {
            return wildflies.filter(p -> p.getFileName().toString().startsWith("wildfly-"))
                    .map(p -> p.resolve("standalone").resolve("deployments")).filter(Files::isDirectory).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The status of {@code /api/me} without a token: 404 while telerad.war is undeployed, 401 when up. */
    public static int apiStatus() {
        return status(Stack.baseUrl() + "/api/me");
    }

    static boolean ready() {
        return status(Stack.managementUrl() + "/health/ready") == 200;
    }

    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Polls {@code condition} every half second until it holds; fails naming {@code what} after {@code within}. */
    public static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
