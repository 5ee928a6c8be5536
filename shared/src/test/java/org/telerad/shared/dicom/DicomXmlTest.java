package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telerad.shared.dicom.DicomFormatException.Reason;

/** The Native DICOM Model (application/dicom+xml), read into the same data set as DICOM JSON. */
class DicomXmlTest {

    private static DicomFormatException refusal(String xml) {
        return catchThrowableOfType(DicomFormatException.class, () -> DicomXml.standard().read(xml));
    }

    @Test
    void reads_values_names_items_and_bulk_data() {
        DicomAttributes attributes = DicomXml.standard().read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <NativeDicomModel>
                  <DicomAttribute tag="00100010" vr="PN" keyword="PatientName">
                    <PersonName number="1">
                      <Alphabetic><FamilyName>Yamada</FamilyName><GivenName>Tarou</GivenName></Alphabetic>
                      <Ideographic><FamilyName>山田</FamilyName><GivenName>太郎</GivenName></Ideographic>
                    </PersonName>
                  </DicomAttribute>
                  <DicomAttribute tag="00080061" vr="CS"><Value number="2">SR</Value><Value number="1">CT</Value></DicomAttribute>
                  <DicomAttribute tag="00200011" vr="IS"><Value number="1">4</Value></DicomAttribute>
                  <DicomAttribute tag="00404021" vr="SQ">
                    <Item number="1"><DicomAttribute tag="0020000E" vr="UI"><Value number="1">1.2.3</Value></DicomAttribute></Item>
                  </DicomAttribute>
                  <DicomAttribute tag="7FE00010" vr="OB"><BulkData uri="http://archive/bulk/1"/></DicomAttribute>
                  <DicomAttribute tag="00291010" vr="OB"><InlineBinary>AAEC</InlineBinary></DicomAttribute>
                  <DicomAttribute tag="00741202" vr="LO"/>
                </NativeDicomModel>
                """);
        assertThat(attributes.string(Tag.PatientName)).hasValue("Yamada^Tarou=山田^太郎");
        assertThat(attributes.strings(Tag.ModalitiesInStudy)).containsExactly("CT", "SR");
        assertThat(attributes.integer(Tag.SeriesNumber)).hasValue(4);
        assertThat(attributes.item(Tag.InputInformationSequence).flatMap(i -> i.string(Tag.SeriesInstanceUID)))
                .hasValue("1.2.3");
        assertThat(attributes.bulkData(Tag.PixelData)).hasValue(BulkData.uri("http://archive/bulk/1"));
        assertThat(attributes.bulkData(Tag.of("00291010")).orElseThrow().bytes()).containsExactly(0, 1, 2);
        assertThat(attributes.isEmptyValue(Tag.WorklistLabel)).isTrue();
    }

    @Test
    void refuses_a_doctype_so_no_external_entity_is_ever_read(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        DicomFormatException e = refusal("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]><NativeDicomModel><DicomAttribute tag=\"00100020\" vr=\"LO\">"
                + "<Value number=\"1\">&s;</Value></DicomAttribute></NativeDicomModel>");
        assertThat(e.reason()).isEqualTo(Reason.NOT_XML);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-012");
        assertThat(e.getMessage()).doesNotContain("top secret");
    }

    @Test
    void refuses_xml_that_is_not_well_formed() {
        assertThat(refusal("<NativeDicomModel><DicomAttribute tag=\"00100020\" vr=\"LO\">").reason())
                .isEqualTo(Reason.NOT_XML);
    }

    @Test
    void refuses_another_root_element() {
        assertThat(refusal("<Dataset/>").reason()).isEqualTo(Reason.NOT_A_DATA_SET);
    }

    @Test
    void refuses_the_wrong_vr_for_a_known_tag_naming_its_path() {
        DicomFormatException e = refusal("<NativeDicomModel><DicomAttribute tag=\"00404021\" vr=\"SQ\"><Item number=\"1\">"
                + "<DicomAttribute tag=\"0020000E\" vr=\"LO\"/></Item></DicomAttribute></NativeDicomModel>");
        assertThat(e.reason()).isEqualTo(Reason.WRONG_VR);
        assertThat(e.path()).isEqualTo("(0040,4021)[0]>(0020,000E)");
    }

    @Test
    void refuses_a_bad_tag_a_missing_vr_and_an_unknown_vr() {
        assertThat(refusal("<NativeDicomModel><DicomAttribute tag=\"PatientID\" vr=\"LO\"/></NativeDicomModel>")
                .reason()).isEqualTo(Reason.BAD_TAG_KEY);
        assertThat(refusal("<NativeDicomModel><DicomAttribute tag=\"00100020\"/></NativeDicomModel>").reason())
                .isEqualTo(Reason.MISSING_VR);
        assertThat(refusal("<NativeDicomModel><DicomAttribute tag=\"00100020\" vr=\"QQ\"/></NativeDicomModel>")
                .reason()).isEqualTo(Reason.UNKNOWN_VR);
    }

    @Test
    void refuses_a_body_larger_than_configured() {
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> DicomXml.withLimits(DicomLimits.defaults().withMaxBytes(100)).read(
                        DicomFixtures.bytes(DicomFixtures.UPS_CREATE_XML)));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refuses_more_elements_than_configured() {
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> DicomXml.withLimits(DicomLimits.defaults().withMaxElements(10)).read(
                        DicomFixtures.bytes(DicomFixtures.UPS_CREATE_XML)));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void writes_a_data_set_that_reads_back_equal_from_xml() {
        DicomAttributes ups = DicomJson.standard().read(DicomFixtures.bytes(DicomFixtures.UPS_CREATE_JSON)).toBuilder()
                .personName(Tag.HumanPerformerName, new PersonName("Yamada^Tarou", "山田^太郎", null))
                .integer(Tag.NumberOfSeriesRelatedInstances, 3)
                .string(Tag.ModalitiesInStudy, "CT", "SR")
                .bulkData(Tag.PixelData, VR.OB, BulkData.inline(new byte[] {1, 2}))
                .build();
        String xml = DicomXml.standard().write(ups);
        assertThat(xml).startsWith("<?xml").contains("<DicomAttribute tag=\"00100010\" vr=\"PN\" keyword=\"PatientName\">");
        assertThat(DicomXml.standard().read(xml)).isEqualTo(ups);
    }
}
