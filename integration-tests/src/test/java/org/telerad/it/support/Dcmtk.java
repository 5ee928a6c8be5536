package org.telerad.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Sends DICOM to the test stack's Orthanc the way a modality does, with dcmtk (Debian's {@code dcmtk}, installed by
 * the launcher): a dataset in {@code dump2dcm} text form becomes a DICOM file and is stored with {@code storescu}
 * from a calling AE title (which names the facility) to AE {@code ORTHANC} on {@code telerad.orthanc.dicomPort}.
 */
public final class Dcmtk {

    /** The test Orthanc's DICOM port. */
    public static final int DICOM_PORT = Integer.getInteger("telerad.orthanc.dicomPort", 14242);

    private Dcmtk() {
    }

    /** Whether {@code dump2dcm} and {@code storescu} are on the PATH. */
    public static boolean installed() {
        return onPath("dump2dcm") && onPath("storescu");
    }

    /** Stores the dataset {@code dump} (dump2dcm text) in Orthanc as {@code callingAe}; fails the test if dcmtk does. */
    public static void send(String dump, String callingAe) throws IOException {
        Path dir = Files.createTempDirectory("telerad-it-dcmtk-");
        Path source = dir.resolve("study.dump");
        Path dcm = dir.resolve("study.dcm");
        Files.writeString(source, dump);
        run(dir, "dump2dcm", "--write-xfer-little", source.toString(), dcm.toString());
        run(dir, "storescu", "-aet", callingAe, "-aec", "ORTHANC", "127.0.0.1", String.valueOf(DICOM_PORT),
                dcm.toString());
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command) + " within 30 s").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private static boolean onPath(String binary) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, binary))) {
                return true;
            }
        }
        return false;
    }
}
