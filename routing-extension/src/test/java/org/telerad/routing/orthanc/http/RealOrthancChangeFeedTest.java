package org.telerad.routing.orthanc.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.registry.api.RecognisedFacility.MatchedBy;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.application.TaskEnrichments;
import org.telerad.routing.enrichment.testing.FakeArchive;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.routing.enrichment.testing.InMemoryEnrichmentBacklog;
import org.telerad.routing.orthanc.application.OrthancConnector;
import org.telerad.routing.orthanc.application.OrthancConnectors;
import org.telerad.routing.orthanc.application.OrthancSettings;
import org.telerad.routing.orthanc.domain.OrthancStudy;
import org.telerad.routing.orthanc.domain.StatRule;
import org.telerad.routing.orthanc.testing.InMemoryChangeCursors;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.shared.audit.AuditRecord;

/**
 * The connector against a real Orthanc (Debian's {@code orthanc}), started here on free loopback ports with a
 * temporary configuration (StableAge 1 s), fed by dcmtk's {@code dump2dcm} and {@code storescu} from the demo
 * dump under config/demo. Skipped, saying why, when Orthanc or dcmtk is not installed ({@code ./telerad test}
 * installs them).
 */
class RealOrthancChangeFeedTest {

    static final String ARCHIVE = "local-orthanc";
    static final Path DEMO = Path.of("..", "config", "demo", "ct-head-dallas.dump");
    static final String STUDY_UID = "2.25.318270112845506128510416130016101001";

    static Path dir;
    static Process orthanc;
    static int httpPort;
    static int dicomPort;

    @BeforeAll
    static void startOrthanc() throws Exception {
        assumeTrue(binary("Orthanc") != null,
                "Orthanc is not installed (apt-get install orthanc orthanc-dicomweb; ./telerad test does it)");
        assumeTrue(binary("storescu") != null && binary("dump2dcm") != null,
                "dcmtk is not installed (apt-get install dcmtk; ./telerad test does it)");
        assumeTrue(Files.isRegularFile(DEMO), "the demo dump " + DEMO + " is missing");
        dir = Files.createTempDirectory("telerad-orthanc-");
        httpPort = freePort();
        dicomPort = freePort();
        Files.writeString(dir.resolve("orthanc.json"), """
                {
                  "Name": "telerad-test",
                  "StorageDirectory": "%1$s/db",
                  "IndexDirectory": "%1$s/db",
                  "HttpPort": %2$d,
                  "DicomPort": %3$d,
                  "DicomAet": "ORTHANC",
                  "RemoteAccessAllowed": false,
                  "AuthenticationEnabled": false,
                  "DicomCheckCalledAet": false,
                  "DicomAlwaysAllowStore": true,
                  "StableAge": 1,
                  "Plugins": []
                }
                """.formatted(dir, httpPort, dicomPort));
        orthanc = new ProcessBuilder(binary("Orthanc"), dir.resolve("orthanc.json").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("orthanc.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/system")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline || !orthanc.isAlive()) {
                throw new IllegalStateException("Orthanc did not start: " + Files.readString(dir.resolve("orthanc.log")));
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopOrthanc() throws IOException {
        if (orthanc != null) {
            orthanc.destroy();
            try {
                orthanc.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            orthanc.destroyForcibly();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void a_stored_ct_becomes_one_task_when_stable_even_when_the_feed_is_read_again_from_an_older_cursor()
            throws Exception {
        Path dcm = dir.resolve("ct.dcm");
        run("dump2dcm", "--write-xfer-little", DEMO.toString(), dcm.toString());
        run("storescu", "-aet", "DRIC_CT1", "-aec", "ORTHANC", "127.0.0.1", String.valueOf(dicomPort), dcm.toString());

        HttpOrthancApi api = new HttpOrthancApi(URI.create("http://127.0.0.1:" + httpPort));
        InMemoryReadingTasks store = new InMemoryReadingTasks();
        List<AuditRecord> audit = new ArrayList<>();
        ReadingTaskService tasks = ReadingTaskServices.inMemory(store, task -> Optional.empty(), Clock.systemUTC(),
                audit);
        InMemoryArchives archives = new InMemoryArchives();
        archives.addIfAbsent(new ConfiguredArchive(ARCHIVE, URI.create("http://127.0.0.1:" + httpPort + "/dicom-web"),
                List.of("ORTHANC"), "telerad-archive", ZoneId.of("UTC")));
        FacilityDirectory directory = origin -> "DRIC_CT1".equals(origin.callingAeTitle())
                ? FacilityRecognition.recognised(new RecognisedFacility("tx-dallas", Jurisdiction.of("US-TX"), "US",
                        ZoneId.of("America/Chicago"), MatchedBy.CALLING_AE_TITLE, "DRIC_CT1"))
                : FacilityRecognition.notRecognised("no active facility declares it");
        InMemoryChangeCursors cursors = new InMemoryChangeCursors();
        OrthancConnector connector = OrthancConnectors.with(api, cursors, tasks,
                TaskEnrichments.with(new FakeArchive().unreachable("not used"), directory, archives,
                        new InMemoryEnrichmentBacklog(store), tasks, Clock.systemUTC()),
                archives, directory, new OrthancSettings(URI.create("http://127.0.0.1:" + httpPort), ARCHIVE,
                        Duration.ofSeconds(1), 3, StatRule.defaults()));

        // routine: nothing before Orthanc calls the study stable (StableAge 1 s)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (store.size() == 0 && System.nanoTime() < deadline) {
            assertThat(connector.follow().reachable()).isTrue();
            Thread.sleep(200);
        }
        assertThat(store.size()).isEqualTo(1);
        ReadingTask task = store.search(new TaskCriteria(null, null, null, null, null, List.of(STUDY_UID), null, null),
                0, 10).get(0);
        assertThat(task.facilityCode()).isEqualTo("tx-dallas");
        assertThat(task.priority()).isEqualTo(Priority.LOW);
        assertThat(task.facts().modality()).isEqualTo("CT");
        assertThat(task.facts().bodyPart()).isEqualTo("HEAD");
        assertThat(task.facts().institutionName()).isEqualTo("Dallas Regional Imaging Center");
        assertThat(task.snapshot().request().accessionNumber()).isEqualTo("DRIC-DEMO-1001");
        assertThat(task.snapshot().inputs()).singleElement().satisfies(s -> {
            assertThat(s.retrieveAeTitle()).isEqualTo("ORTHANC");
            assertThat(s.instances()).hasSize(1);
        });
        long position = cursors.positionOf(ARCHIVE);
        assertThat(position).isGreaterThanOrEqualTo(6); // NewInstance .. StableStudy

        // the whole feed again, and again from the middle: still one task
        cursors.at(ARCHIVE, 0);
        connector.follow();
        cursors.at(ARCHIVE, 3);
        connector.follow();
        assertThat(store.size()).isEqualTo(1);
        assertThat(cursors.positionOf(ARCHIVE)).isEqualTo(position);

        // the study as the REST API reads it: calling AE from the instance metadata
        String orthancId = api.changes(0, 100).changes().stream().filter(c -> c.changeType().equals("NewStudy"))
                .findFirst().orElseThrow().resourceId();
        OrthancStudy study = api.study(orthancId).orElseThrow();
        assertThat(study.callingAeTitle()).isEqualTo("DRIC_CT1");
        assertThat(study.studyInstanceUid()).isEqualTo(STUDY_UID);
        assertThat(api.study("no-such-study")).isEmpty();
    }

    @Test
    void an_orthanc_that_does_not_answer_is_reported_unreachable_not_thrown() throws Exception {
        int closed = freePort();
        HttpOrthancApi api = new HttpOrthancApi(URI.create("http://127.0.0.1:" + closed));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.changes(0, 10))
                .isInstanceOf(org.telerad.routing.orthanc.domain.OrthancUnreachable.class)
                .hasMessageContaining("cannot connect");
    }

    private static void run(String... command) throws Exception {
        command[0] = binary(command[0]);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + Files.readString(dir.resolve("tool.log")))
                .isZero();
    }

    /** The binary's path on PATH or in /usr/sbin (Debian puts Orthanc there), null when absent. */
    private static String binary(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/sbin");
        dirs.add("/usr/bin");
        for (String d : dirs) {
            if (!d.isBlank() && Files.isExecutable(Path.of(d, name))) {
                return Path.of(d, name).toString();
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
