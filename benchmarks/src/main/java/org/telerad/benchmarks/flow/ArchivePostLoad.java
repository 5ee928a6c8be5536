package org.telerad.benchmarks.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness (not a JMH benchmark, not a test) for the flows of a running Telerad stack:
 *
 * <ul>
 * <li>{@code --scenario post} (default): an archive POSTs dcm4chee-shaped UPS workitems (the contract payload
 * {@code shared/src/test/resources/dicom/dcm4chee-ups-create.json}, fresh UIDs each) at a fixed rate, and the
 * harness times <b>archive POST → assigned</b>: from the intended send time (open model, so a slow answer does
 * not hide the queue behind it) to the UPS-RS "assigned" event report (EventTypeID 5) on a global
 * subscription's WebSocket.</li>
 * <li>{@code --scenario stat-orthanc}: one instance of a STAT stroke CT
 * ({@code config/demo/ct-stroke-stat-houston.dump}, fresh Study UID) is sent to the stack's Orthanc with dcmtk's
 * {@code storescu} from Houston's calling AE, and the harness times <b>Orthanc first instance → assigned</b>:
 * from just before {@code storescu} starts to the assigned event of the study's workitem.</li>
 * </ul>
 *
 * <p>The POST scenario opens its own facility (unique code and institution name) in US-TX and registers a few
 * radiologists licensed in US-TX and privileged there, and it plays the archive {@code local-orthanc}'s
 * series QIDO ({@code http://127.0.0.1:8042/dicom-web}) with a JDK HttpServer, so that every study routes to
 * that facility. Once a workitem is assigned, the harness requests its cancellation (not timed), so that the
 * readers' open work stays under their capacity for the whole run. Records are left behind (unique names).
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * org.telerad.benchmarks.flow.ArchivePostLoad --rate 20 --duration PT2M}; {@code --help} lists the options.
 */
public final class ArchivePostLoad {

    static final String GLOBAL_SUBSCRIPTION = "1.2.840.10008.5.1.4.34.5";
    static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    static final String FIXTURE_INSTITUTION = "Baylor Scott & White – Dallas";
    static final int ASSIGNED = 5;
    static final Pattern AFFECTED_UID = Pattern.compile(
            "\"00001000\"\\s*:\\s*\\{[^}]*\"Value\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");
    static final Pattern EVENT_TYPE = Pattern.compile("\"00001002\"\\s*:\\s*\\{[^}]*\"Value\"\\s*:\\s*\\[\\s*(\\d+)");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    static final Pattern SOP_INSTANCE = Pattern.compile(
            "\"00080018\"\\s*:\\s*\\{[^}]*\"Value\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");
    static final SecureRandom RANDOM = new SecureRandom();

    final Map<String, String> options;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path repo;
    final String base;
    final String realmUrl;
    /** Workitem UID → nanoTime of its first assigned event. */
    final Map<String, Long> assignedAt = new ConcurrentHashMap<>();
    final AtomicInteger eventsReceived = new AtomicInteger();
    /** Workitems and studies this run created: only these are answered by the played QIDO and canceled. */
    final java.util.Set<String> ourWorkitems = ConcurrentHashMap.newKeySet();
    final java.util.Set<String> ourStudies = ConcurrentHashMap.newKeySet();
    volatile String archiveToken;
    volatile long archiveTokenRenewAt;

    ArchivePostLoad(Map<String, String> options) {
        this.options = options;
        this.repo = Path.of(options.getOrDefault("repo", findRepo().toString()));
        this.base = trim(options.getOrDefault("base", "http://127.0.0.1:18080/telerad"));
        this.realmUrl = trim(options.getOrDefault("keycloak", "http://127.0.0.1:18180")) + "/realms/"
                + options.getOrDefault("realm", "dcm4che");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("help")) {
            System.out.println("""
                    ArchivePostLoad [--scenario post|stat-orthanc] [options]
                      --base URL          Telerad (default http://127.0.0.1:18080/telerad, the test stack)
                      --keycloak URL      Keycloak (default http://127.0.0.1:18180), --realm dcm4che
                      --client-secret S   secret of the telerad-archive client (default changeit)
                      --user-password P   password of the demo user credentialing (default changeit)
                      --repo DIR          repository root (default: found from the working directory)
                    post:
                      --rate N            workitems per second (default 20)
                      --duration PT2M     measured phase (ISO-8601 duration)
                      --warmup PT15S      unmeasured phase at the same rate before it
                      --radiologists N    readers registered for the facility (default 4)
                      --archive-port 8042 port of the played archive's QIDO (the demo archive local-orthanc)
                      --drain PT30S       how long to wait for the last assigned events
                    stat-orthanc:
                      --count N           studies sent one after another (default 20)
                      --orthanc-dicom-port 14242 (the test stack's Orthanc), --orthanc-aet ORTHANC
                    """);
            return;
        }
        ArchivePostLoad load = new ArchivePostLoad(options);
        String scenario = options.getOrDefault("scenario", "post");
        int status = 0;
        try {
            switch (scenario) {
                case "post" -> load.postScenario();
                case "stat-orthanc" -> load.statOrthancScenario();
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
            }
        } catch (Exception e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status); // the played archive's threads would keep the JVM alive
    }

    // --- scenario 1: archive POST → assigned

    void postScenario() throws Exception {
        double rate = Double.parseDouble(options.getOrDefault("rate", "20"));
        Duration duration = Duration.parse(options.getOrDefault("duration", "PT2M"));
        Duration warmup = Duration.parse(options.getOrDefault("warmup", "PT15S"));
        Duration drain = Duration.parse(options.getOrDefault("drain", "PT30S"));
        int radiologists = Integer.parseInt(options.getOrDefault("radiologists", "4"));
        int archivePort = Integer.parseInt(options.getOrDefault("archive-port", "8042"));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "bench-" + suffix;
        String institution = "Telerad Bench Imaging " + suffix;
        String payload = Files.readString(repo.resolve("shared/src/test/resources/dicom/dcm4chee-ups-create.json"));
        String qido = Files.readString(
                repo.resolve("integration-tests/src/test/resources/org/telerad/it/upsrs/dcm4chee-qido-series.json"))
                .replace(FIXTURE_INSTITUTION, institution);

        HttpServer archive = HttpServer.create(new InetSocketAddress("127.0.0.1", archivePort), 0);
        archive.createContext("/dicom-web/studies/", exchange -> qido(exchange, qido, ourStudies));
        archive.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        archive.start();

        prepareFacility(facility, institution, radiologists);
        WebSocket socket = subscribe();

        long period = (long) (1_000_000_000L / rate);
        int warmupCount = (int) (warmup.toNanos() / period);
        int measuredCount = (int) (duration.toNanos() / period);
        int total = warmupCount + measuredCount;
        long[] intended = new long[total];
        long[] answered = new long[total];
        int[] status = new int[total];
        String[] uids = new String[total];
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch answers = new CountDownLatch(total);
        System.out.printf(Locale.ROOT,
                "facility %s (%s), %d radiologists; %d warm-up + %d measured workitems at %.1f/s%n", facility,
                institution, radiologists, warmupCount, measuredCount, rate);

        long start = System.nanoTime() + 200_000_000L;
        int maxInFlight = 0;
        for (int i = 0; i < total; i++) {
            long at = start + i * period;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            String uid = newUid();
            String study = newUid();
            uids[n] = uid;
            ourWorkitems.add(uid);
            ourStudies.add(study);
            intended[n] = at;
            String body = payload.replace(FIXTURE_STUDY, study)
                    .replace("2.25.90312668004912764386122095317208412214", newUid())
                    .replace("2.25.301557848921744382750319917266140287165", newUid());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/rs/workitems?workitem=" + uid))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + archiveToken())
                    .header("Content-Type", "application/dicom+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                answered[n] = System.nanoTime();
                inFlight.decrementAndGet();
                if (error != null || response.statusCode() != 201) {
                    status[n] = error != null ? -1 : response.statusCode();
                    if (failures.incrementAndGet() <= 5) {
                        System.out.println("POST failed: " + (error != null ? error
                                : response.statusCode() + " " + response.body()));
                    }
                } else {
                    status[n] = 201;
                }
                answers.countDown();
            });
        }
        long sendEnd = System.nanoTime();
        answers.await(60, TimeUnit.SECONDS);
        long drainUntil = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < drainUntil && !allAssigned(uids, status, warmupCount)) {
            Thread.sleep(100);
        }

        List<Long> assigned = new ArrayList<>();
        List<Long> posted = new ArrayList<>();
        int notAssigned = 0;
        int errors = 0;
        long firstIntended = intended[warmupCount];
        long lastAssigned = firstIntended;
        for (int i = warmupCount; i < total; i++) {
            if (status[i] != 201) {
                errors++;
                continue;
            }
            posted.add(answered[i] - intended[i]);
            Long at = assignedAt.get(uids[i]);
            if (at == null) {
                notAssigned++;
            } else {
                assigned.add(at - intended[i]);
                lastAssigned = Math.max(lastAssigned, at);
            }
        }
        double sendSeconds = (sendEnd - start) / 1e9;
        double measuredSeconds = (lastAssigned - firstIntended) / 1e9;
        System.out.printf(Locale.ROOT, "sent %d workitems in %.1f s (%.2f/s offered); max %d POSTs in flight%n",
                total, sendSeconds, total / sendSeconds, maxInFlight);
        System.out.printf(Locale.ROOT, "measured: %d workitems, %d POST errors (all: %d), %d not assigned within"
                        + " the drain; assigned throughput %.2f/s; %d event reports received%n",
                measuredCount, errors, failures.get(), notAssigned, assigned.size() / measuredSeconds,
                eventsReceived.get());
        report("intended send -> 201 Created", posted);
        report("intended send -> assigned event", assigned);
        System.out.println("event WebSocket reopened " + reconnects.get() + " times");
        closeQuietly();
        archive.stop(0);
    }

    boolean allAssigned(String[] uids, int[] status, int from) {
        for (int i = from; i < uids.length; i++) {
            if (status[i] == 201 && !assignedAt.containsKey(uids[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Series QIDO of the played archive: the fixture's series, in this run's facility, for the studies this run
     * posted; nothing for any other study (other tests' workitems waiting for their archive stay untouched).
     */
    static void qido(HttpExchange exchange, String fixture, java.util.Set<String> studies) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher m = Pattern.compile("/dicom-web/studies/([0-9.]+)/series/?").matcher(path);
        if (!m.matches() || !studies.contains(m.group(1))) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] body = fixture.replace(FIXTURE_STUDY, m.group(1)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/dicom+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    void prepareFacility(String facility, String institution, int radiologists) throws Exception {
        String credentialing = userToken("credentialing");
        call("POST", base + "/api/facilities", credentialing, "{\"code\":\"" + facility + "\",\"name\":\"Bench "
                + facility + "\",\"jurisdiction\":\"US-TX\",\"timeZone\":\"America/Chicago\",\"identifiers\":"
                + "{\"institutionNames\":[\"" + institution + "\"]}}", 201);
        for (int i = 0; i < radiologists; i++) {
            String family = "Bench" + facility.substring(6) + "r" + i;
            String created = call("POST", base + "/api/radiologists", credentialing, "{\"name\":{\"family\":\""
                    + family + "\",\"given\":\"Reader\"},\"email\":\"" + family.toLowerCase(Locale.ROOT)
                    + "@example.org\",\"homeCountry\":\"US\"}", 201);
            Matcher id = ID.matcher(created);
            if (!id.find()) {
                throw new IllegalStateException("no id in " + created);
            }
            call("POST", base + "/api/radiologists/" + id.group(1) + "/licenses", credentialing,
                    "{\"jurisdiction\":\"US-TX\",\"number\":\"BENCH-" + family + "\",\"type\":\"full\","
                            + "\"validFrom\":\"2025-01-01\",\"validTo\":\"2030-12-31\"}", 201);
            call("POST", base + "/api/privileges", credentialing, "{\"radiologistId\":\"" + id.group(1)
                    + "\",\"facility\":\"" + facility + "\",\"validFrom\":\"2025-01-01\",\"validTo\":\"2030-12-31\","
                    + "\"scope\":{\"modalities\":[\"CT\",\"MR\"]}}", 201);
        }
    }

    // --- scenario 2: Orthanc first instance of a STAT study → assigned

    void statOrthancScenario() throws Exception {
        int count = Integer.parseInt(options.getOrDefault("count", "20"));
        int port = Integer.parseInt(options.getOrDefault("orthanc-dicom-port", "14242"));
        String aet = options.getOrDefault("orthanc-aet", "ORTHANC");
        String text = Files.readString(repo.resolve("config/demo/ct-stroke-stat-houston.dump"));
        String demoStudy = text.lines().filter(l -> l.startsWith("(0020,000d)")).findFirst().orElseThrow()
                .replaceAll(".*\\[(.*)\\].*", "$1");
        WebSocket socket = subscribe();
        Path dir = Files.createTempDirectory("telerad-bench-stat-");
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < count; i++) {
            String study = newUid();
            Path dump = dir.resolve("stat-" + i + ".dump");
            Path dcm = dir.resolve("stat-" + i + ".dcm");
            Files.writeString(dump, text.replace(demoStudy, study));
            run(dir, "dump2dcm", "--write-xfer-little", dump.toString(), dcm.toString());
            long sent = System.nanoTime();
            run(dir, "storescu", "-aet", "HBMC_CT", "-aec", aet, "127.0.0.1", String.valueOf(port), dcm.toString());
            long storeDone = System.nanoTime();
            String workitem = null;
            long deadline = sent + 20_000_000_000L;
            Long at = null;
            while (System.nanoTime() < deadline) {
                if (workitem == null) {
                    workitem = workitemOf(study);
                }
                if (workitem != null && (at = assignedAt.get(workitem)) != null) {
                    break;
                }
                Thread.sleep(20);
            }
            if (at == null) {
                missing++;
                System.out.printf("study %d: no assigned event within 20 s (workitem %s)%n", i, workitem);
            } else {
                latencies.add(at - sent);
                System.out.printf(Locale.ROOT, "study %d: storescu %.0f ms, first instance -> assigned %.0f ms%n", i,
                        (storeDone - sent) / 1e6, (at - sent) / 1e6);
            }
            // a random pause, so that the sends do not lock onto the phase of the connector's polling
            Thread.sleep(500 + RANDOM.nextInt(2500));
        }
        System.out.printf("%d STAT studies, %d without an assigned event%n", count, missing);
        report("storescu start -> assigned event (STAT)", latencies);
        closeQuietly();
    }

    void closeQuietly() {
        try {
            events.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception alreadyClosed) {
            // nothing to close
        }
    }

    String workitemOf(String study) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/rs/workitems?StudyInstanceUID="
                        + study)).header("Authorization", "Bearer " + archiveToken())
                .header("Accept", "application/dicom+json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return null;
        }
        Matcher m = SOP_INSTANCE.matcher(r.body());
        return m.find() ? m.group(1) : null;
    }

    static void run(Path dir, String... command) throws Exception {
        Path log = dir.resolve(command[0] + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    // --- UPS-RS global subscription and its event reports

    WebSocket subscribe() throws Exception {
        String ae = "BENCH" + Long.toHexString(RANDOM.nextLong() & 0xFFFFFFFFFFL).toUpperCase(Locale.ROOT);
        HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(URI.create(base + "/rs/workitems/"
                        + GLOBAL_SUBSCRIPTION + "/subscribers/" + ae))
                .header("Authorization", "Bearer " + archiveToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (subscribed.statusCode() != 201) {
            throw new IllegalStateException("subscribe: " + subscribed.statusCode() + " " + subscribed.body());
        }
        String location = subscribed.headers().firstValue("Location").orElseThrow();
        eventsLocation = location;
        WebSocket socket = connect();
        System.out.println("subscribed globally as " + ae + ": " + location);
        // a ping every 15 s keeps the connection from looking idle; a closed one is opened again
        java.util.concurrent.ScheduledExecutorService keepAlive = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "event-keep-alive");
                    t.setDaemon(true);
                    return t;
                });
        keepAlive.scheduleWithFixedDelay(() -> {
            try {
                WebSocket current = events;
                if (current.isOutputClosed() || current.isInputClosed()) {
                    reconnects.incrementAndGet();
                    connect();
                } else {
                    current.sendPing(java.nio.ByteBuffer.allocate(0));
                }
            } catch (Exception e) {
                System.out.println("event WebSocket keep-alive failed: " + e);
            }
        }, 15, 15, TimeUnit.SECONDS);
        return socket;
    }

    volatile String eventsLocation;
    volatile WebSocket events;
    final AtomicInteger reconnects = new AtomicInteger();

    WebSocket connect() throws Exception {
        WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + archiveToken())
                .buildAsync(URI.create(eventsLocation), new Events()).get(10, TimeUnit.SECONDS);
        events = socket;
        return socket;
    }

    final class Events implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                eventsReceived.incrementAndGet();
                Matcher type = EVENT_TYPE.matcher(message);
                Matcher uid = AFFECTED_UID.matcher(message);
                if (type.find() && uid.find() && Integer.parseInt(type.group(1)) == ASSIGNED) {
                    if (assignedAt.putIfAbsent(uid.group(1), now) == null && ourWorkitems.contains(uid.group(1))) {
                        cancel(uid.group(1));
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            System.out.printf(Locale.ROOT, "event WebSocket closed by Telerad: %d %s (%d events so far)%n", statusCode,
                    reason, eventsReceived.get());
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            System.out.println("event WebSocket failed: " + error);
        }
    }

    /** Cancels an assigned workitem of this run (not timed), so that the readers' open work stays under capacity. */
    void cancel(String workitem) {
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/rs/workitems/" + workitem + "/cancelrequest"))
                .header("Authorization", "Bearer " + archiveToken()).header("Content-Type", "application/dicom+json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
    }

    // --- tokens and REST

    String archiveToken() {
        if (archiveToken == null || System.nanoTime() > archiveTokenRenewAt) {
            synchronized (this) {
                if (archiveToken == null || System.nanoTime() > archiveTokenRenewAt) {
                    String answer = tokenRequest("grant_type=client_credentials&client_id=telerad-archive"
                            + "&client_secret=" + enc(options.getOrDefault("client-secret", "changeit")));
                    Matcher expires = EXPIRES_IN.matcher(answer);
                    long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 60;
                    archiveTokenRenewAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(10, seconds - 30));
                    archiveToken = token(answer);
                }
            }
        }
        return archiveToken;
    }

    String userToken(String user) {
        return token(tokenRequest("grant_type=password&client_id=telerad-cli&scope=openid&username=" + enc(user)
                + "&password=" + enc(options.getOrDefault("user-password", "changeit"))));
    }

    String tokenRequest(String form) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl
                            + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + r.statusCode());
            }
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak does not answer at " + realmUrl, e);
        }
    }

    static String token(String answer) {
        Matcher m = ACCESS_TOKEN.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no access token in Keycloak's answer");
        }
        return m.group(1);
    }

    String call(String method, String url, String token, String json, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                        "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    // --- figures

    static void report(String what, List<Long> nanos) {
        if (nanos.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s (n=%d, ms): p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  mean %.1f%n",
                what, sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9),
                sorted[sorted.length - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    // --- small things

    static String newUid() {
        return "2.25." + new BigInteger(120, RANDOM);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static Path findRepo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("telerad"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + " (try --help)");
            }
            String key = args[i].substring(2);
            if (key.equals("help")) {
                options.put(key, "");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
        }
        return options;
    }
}
