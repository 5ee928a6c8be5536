package org.telerad.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFAddChangeRecord;
import com.unboundid.ldif.LDIFChangeRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.docker.Kit.ARCHIVE;
import static org.telerad.docker.Kit.TELERAD;

/**
 * The JSON for the archive's configuration REST API (docker/archive/*.json, applied by configure-archive.sh)
 * and the LDIF (docker/ldap/*.ldif) describe the same configuration: every entry in one has its twin, with the
 * same attributes and values, in the other.
 */
class ArchiveJsonAgreesWithLdifTest {

    /** Attributes written differently in the two forms (references by DN vs. by JSON pointer), or LDIF-only. */
    private static final Set<String> STRUCTURAL = Set.of("objectClass", "dicomNetworkConnectionReference",
            "dicomTransferCapability");

    private final List<LDIFChangeRecord> ldif = Kit.ldif("telerad.ldif");
    private final List<LDIFChangeRecord> fhirLdif = Kit.ldif("telerad-fhir.ldif");
    private final JsonNode device = json("telerad-device.json");
    private final JsonNode archive = json("dcm4chee-arc-telerad.json");
    private final JsonNode fhir = json("telerad-fhir.json");

    @Test
    void telerad_device_and_its_web_app_agree() {
        assertThat(device.path("dicomDeviceName").asText()).isEqualTo("telerad");
        agree(device.path("dicomNetworkConnection").get(0), "cn=http," + TELERAD, ldif);
        JsonNode webApps = device.path("dcmDevice").path("dcmWebApp");
        assertThat(webApps).hasSize(1);
        agree(webApps.get(0), "dcmWebAppName=TELERAD," + TELERAD, ldif);
    }

    @Test
    void exporter_rule_keycloak_client_storage_and_eu_ae_agree() {
        JsonNode dev = archive.path("dcmDevice");
        JsonNode arc = dev.path("dcmArchiveDevice");
        assertThat(arc.path("dcmExporter")).hasSize(1);
        agree(arc.path("dcmExporter").get(0), "dcmExporterID=TELERAD-UPS," + ARCHIVE, ldif);
        assertThat(arc.path("dcmExportRule")).hasSize(1);
        agree(arc.path("dcmExportRule").get(0), "cn=Telerad reading task," + ARCHIVE, ldif);
        agree(arc.path("dcmStorage").get(0), "dcmStorageID=eu-fs1," + ARCHIVE, ldif);
        agree(dev.path("dcmKeycloakClient").get(0), "dcmKeycloakClientID=telerad-archive," + ARCHIVE, ldif);
        agree(archive.path("dicomNetworkAE").get(0), "dicomAETitle=TR_EU," + ARCHIVE, ldif);
    }

    @Test
    void viewer_link_properties_agree() {
        JsonNode webApp = archive.path("dcmDevice").path("dcmWebApp").get(0);
        assertThat(webApp.path("dcmWebAppName").asText()).isEqualTo("DCM4CHEE");
        List<String> json = new ArrayList<>();
        webApp.path("dcmProperty").forEach(v -> json.add(v.asText()));
        List<String> added = Kit.modifications(ldif, "dcmWebAppName=DCM4CHEE," + ARCHIVE).stream()
                .filter(m -> m.getModificationType() == ModificationType.ADD)
                .flatMap(m -> List.of(m.getValues()).stream()).toList();
        assertThat(json).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void optional_fhir_configuration_agrees() {
        agree(fhir.path("telerad").path("dcmWebApp").get(0), "dcmWebAppName=TELERAD-FHIR," + TELERAD, fhirLdif);
        agree(fhir.path("dcm4chee-arc").path("dcmExporter").get(0), "dcmExporterID=TELERAD-FHIR," + ARCHIVE,
                fhirLdif);
        agree(fhir.path("dcm4chee-arc").path("dcmExportRule").get(0), "cn=Telerad ImagingStudy," + ARCHIVE,
                fhirLdif);
    }

    @Test
    void every_ldif_entry_of_the_archive_device_has_its_json_twin() {
        Set<String> covered = Set.of("cn=http," + TELERAD, "dcmWebAppName=TELERAD," + TELERAD,
                "dcmExporterID=TELERAD-UPS," + ARCHIVE, "cn=Telerad reading task," + ARCHIVE,
                "dcmStorageID=eu-fs1," + ARCHIVE, "dcmKeycloakClientID=telerad-archive," + ARCHIVE,
                "dicomAETitle=TR_EU," + ARCHIVE);
        for (LDIFAddChangeRecord r : Kit.adds(ldif)) {
            String dn = r.getDN();
            boolean registry = dn.contains("cn=Unique ");
            boolean deviceItself = dn.equals(TELERAD);
            boolean transferCapability = dn.contains(",dicomAETitle=TR_EU,");
            if (!registry && !deviceItself && !transferCapability) {
                assertThat(covered).as("JSON twin of " + dn).contains(dn);
            }
        }
    }

    private static void agree(JsonNode json, String dn, List<LDIFChangeRecord> records) {
        assertThat(json.isObject()).as("JSON for " + dn).isTrue();
        LDIFAddChangeRecord entry = Kit.required(records, dn);
        Map<String, Set<String>> fromLdif = new TreeMap<>();
        for (Attribute a : Kit.attributes(entry)) {
            if (!STRUCTURAL.contains(a.getName())) {
                fromLdif.computeIfAbsent(a.getName(), k -> new TreeSet<>()).addAll(List.of(a.getValues()));
            }
        }
        Map<String, Set<String>> fromJson = new TreeMap<>();
        flatten(json, fromJson);
        // The LDIF names the entry by its RDN attribute (also present as an attribute); JSON has it as a field.
        assertThat(fromJson).as("JSON and LDIF of " + dn).isEqualTo(fromLdif);
    }

    private static void flatten(JsonNode node, Map<String, Set<String>> out) {
        node.fields().forEachRemaining(f -> {
            if (STRUCTURAL.contains(f.getKey())) {
                return;
            }
            JsonNode v = f.getValue();
            if (v.isObject()) {
                flatten(v, out); // extension objects: dcmNetworkConnection, dcmNetworkAE.dcmArchiveNetworkAE
            } else if (v.isArray()) {
                v.forEach(e -> out.computeIfAbsent(f.getKey(), k -> new TreeSet<>()).add(ldapString(e)));
            } else {
                out.computeIfAbsent(f.getKey(), k -> new TreeSet<>()).add(ldapString(v));
            }
        });
    }

    private static String ldapString(JsonNode v) {
        return v.isBoolean() ? (v.booleanValue() ? "TRUE" : "FALSE") : v.asText();
    }

    private static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(Kit.docker().resolve("archive").resolve(name).toFile());
        } catch (IOException e) {
            throw new AssertionError("archive/" + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
