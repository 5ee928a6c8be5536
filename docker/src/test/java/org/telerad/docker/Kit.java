package org.telerad.docker;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldif.LDIFAddChangeRecord;
import com.unboundid.ldif.LDIFChangeRecord;
import com.unboundid.ldif.LDIFModifyChangeRecord;
import com.unboundid.ldif.LDIFReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paths of the deployment kit and the LDIF it ships, read with a real LDAP parser (UnboundID LDIFReader). */
final class Kit {

    static final String BASE = "cn=DICOM Configuration,dc=dcm4che,dc=org";
    static final String DEVICES = "cn=Devices," + BASE;
    static final String ARCHIVE = "dicomDeviceName=dcm4chee-arc," + DEVICES;
    static final String TELERAD = "dicomDeviceName=telerad," + DEVICES;

    private Kit() {
    }

    /** The repository root: the parent of this module's folder docker/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker/Dockerfile")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found above " + dir);
    }

    static Path docker() {
        return root().resolve("docker");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LDIFChangeRecord> ldif(String name) {
        List<LDIFChangeRecord> records = new ArrayList<>();
        try (LDIFReader reader = new LDIFReader(docker().resolve("ldap").resolve(name).toFile())) {
            for (LDIFChangeRecord r = reader.readChangeRecord(true); r != null; r = reader.readChangeRecord(true)) {
                records.add(r);
            }
        } catch (Exception e) {
            throw new AssertionError("ldap/" + name + " does not parse as LDIF: " + e.getMessage(), e);
        }
        return records;
    }

    static List<LDIFAddChangeRecord> adds(List<LDIFChangeRecord> records) {
        return records.stream().filter(LDIFAddChangeRecord.class::isInstance).map(LDIFAddChangeRecord.class::cast)
                .toList();
    }

    static Optional<LDIFAddChangeRecord> entry(List<LDIFChangeRecord> records, String dn) {
        return adds(records).stream().filter(r -> r.getDN().equalsIgnoreCase(dn)).findFirst();
    }

    static LDIFAddChangeRecord required(List<LDIFChangeRecord> records, String dn) {
        return entry(records, dn).orElseThrow(() -> new AssertionError("no entry " + dn));
    }

    static List<String> values(LDIFAddChangeRecord entry, String attribute) {
        return List.of(entry.getAttributes()).stream().filter(a -> a.getName().equalsIgnoreCase(attribute))
                .flatMap(a -> List.of(a.getValues()).stream()).toList();
    }

    static String value(LDIFAddChangeRecord entry, String attribute) {
        List<String> v = values(entry, attribute);
        if (v.size() != 1) {
            throw new AssertionError(entry.getDN() + ": expected one " + attribute + ", found " + v);
        }
        return v.get(0);
    }

    static List<Attribute> attributes(LDIFAddChangeRecord entry) {
        return List.of(entry.getAttributes());
    }

    static List<Modification> modifications(List<LDIFChangeRecord> records, String dn) {
        return records.stream().filter(LDIFModifyChangeRecord.class::isInstance)
                .map(LDIFModifyChangeRecord.class::cast).filter(r -> r.getDN().equalsIgnoreCase(dn))
                .flatMap(r -> List.of(r.getModifications()).stream()).toList();
    }
}
