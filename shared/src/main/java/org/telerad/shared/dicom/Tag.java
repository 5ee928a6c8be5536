package org.telerad.shared.dicom;

import java.util.Locale;
import java.util.Optional;

/**
 * A DICOM attribute tag: group and element packed into one int, ordered as unsigned numbers (the order
 * the DICOM JSON model and data sets use). Constants are named by their PS3.6 keyword; the numbers were
 * checked against PS3.6 (data elements) and PS3.7 (command elements).
 */
public record Tag(int value) implements Comparable<Tag> {

    /** (0000,0002) UI */
    public static final Tag AffectedSOPClassUID = new Tag(0x00000002);
    /** (0000,0003) UI */
    public static final Tag RequestedSOPClassUID = new Tag(0x00000003);
    /** (0000,0110) US */
    public static final Tag MessageID = new Tag(0x00000110);
    /** (0000,0900) US */
    public static final Tag Status = new Tag(0x00000900);
    /** (0000,1000) UI */
    public static final Tag AffectedSOPInstanceUID = new Tag(0x00001000);
    /** (0000,1001) UI */
    public static final Tag RequestedSOPInstanceUID = new Tag(0x00001001);
    /** (0000,1002) US */
    public static final Tag EventTypeID = new Tag(0x00001002);
    /** (0008,0005) CS */
    public static final Tag SpecificCharacterSet = new Tag(0x00080005);
    /** (0008,0016) UI */
    public static final Tag SOPClassUID = new Tag(0x00080016);
    /** (0008,0018) UI */
    public static final Tag SOPInstanceUID = new Tag(0x00080018);
    /** (0008,0020) DA */
    public static final Tag StudyDate = new Tag(0x00080020);
    /** (0008,0021) DA */
    public static final Tag SeriesDate = new Tag(0x00080021);
    /** (0008,0030) TM */
    public static final Tag StudyTime = new Tag(0x00080030);
    /** (0008,0031) TM */
    public static final Tag SeriesTime = new Tag(0x00080031);
    /** (0008,0050) SH */
    public static final Tag AccessionNumber = new Tag(0x00080050);
    /** (0008,0051) SQ */
    public static final Tag IssuerOfAccessionNumberSequence = new Tag(0x00080051);
    /** (0008,0054) AE */
    public static final Tag RetrieveAETitle = new Tag(0x00080054);
    /** (0008,0056) CS */
    public static final Tag InstanceAvailability = new Tag(0x00080056);
    /** (0008,0060) CS */
    public static final Tag Modality = new Tag(0x00080060);
    /** (0008,0061) CS */
    public static final Tag ModalitiesInStudy = new Tag(0x00080061);
    /** (0008,0080) LO */
    public static final Tag InstitutionName = new Tag(0x00080080);
    /** (0008,0090) PN */
    public static final Tag ReferringPhysicianName = new Tag(0x00080090);
    /** (0008,0100) SH */
    public static final Tag CodeValue = new Tag(0x00080100);
    /** (0008,0102) SH */
    public static final Tag CodingSchemeDesignator = new Tag(0x00080102);
    /** (0008,0103) SH */
    public static final Tag CodingSchemeVersion = new Tag(0x00080103);
    /** (0008,0104) LO */
    public static final Tag CodeMeaning = new Tag(0x00080104);
    /** (0008,0201) SH */
    public static final Tag TimezoneOffsetFromUTC = new Tag(0x00080201);
    /** (0008,1030) LO */
    public static final Tag StudyDescription = new Tag(0x00081030);
    /** (0008,103E) LO */
    public static final Tag SeriesDescription = new Tag(0x0008103E);
    /** (0008,1080) LO */
    public static final Tag AdmittingDiagnosesDescription = new Tag(0x00081080);
    /** (0008,1084) SQ */
    public static final Tag AdmittingDiagnosesCodeSequence = new Tag(0x00081084);
    /** (0008,1110) SQ */
    public static final Tag ReferencedStudySequence = new Tag(0x00081110);
    /** (0008,1115) SQ */
    public static final Tag ReferencedSeriesSequence = new Tag(0x00081115);
    /** (0008,1150) UI */
    public static final Tag ReferencedSOPClassUID = new Tag(0x00081150);
    /** (0008,1155) UI */
    public static final Tag ReferencedSOPInstanceUID = new Tag(0x00081155);
    /** (0008,1190) UR */
    public static final Tag RetrieveURL = new Tag(0x00081190);
    /** (0008,1195) UI */
    public static final Tag TransactionUID = new Tag(0x00081195);
    /** (0008,1199) SQ */
    public static final Tag ReferencedSOPSequence = new Tag(0x00081199);
    /** (0010,0010) PN */
    public static final Tag PatientName = new Tag(0x00100010);
    /** (0010,0020) LO */
    public static final Tag PatientID = new Tag(0x00100020);
    /** (0010,0021) LO */
    public static final Tag IssuerOfPatientID = new Tag(0x00100021);
    /** (0010,0024) SQ */
    public static final Tag IssuerOfPatientIDQualifiersSequence = new Tag(0x00100024);
    /** (0010,0030) DA */
    public static final Tag PatientBirthDate = new Tag(0x00100030);
    /** (0010,0040) CS */
    public static final Tag PatientSex = new Tag(0x00100040);
    /** (0010,1002) SQ */
    public static final Tag OtherPatientIDsSequence = new Tag(0x00101002);
    /** (0010,1010) AS */
    public static final Tag PatientAge = new Tag(0x00101010);
    /** (0010,1030) DS */
    public static final Tag PatientWeight = new Tag(0x00101030);
    /** (0018,0015) CS */
    public static final Tag BodyPartExamined = new Tag(0x00180015);
    /** (0020,000D) UI */
    public static final Tag StudyInstanceUID = new Tag(0x0020000D);
    /** (0020,000E) UI */
    public static final Tag SeriesInstanceUID = new Tag(0x0020000E);
    /** (0020,0010) SH */
    public static final Tag StudyID = new Tag(0x00200010);
    /** (0020,0011) IS */
    public static final Tag SeriesNumber = new Tag(0x00200011);
    /** (0020,0013) IS */
    public static final Tag InstanceNumber = new Tag(0x00200013);
    /** (0020,1206) IS */
    public static final Tag NumberOfStudyRelatedSeries = new Tag(0x00201206);
    /** (0020,1208) IS */
    public static final Tag NumberOfStudyRelatedInstances = new Tag(0x00201208);
    /** (0020,1209) IS */
    public static final Tag NumberOfSeriesRelatedInstances = new Tag(0x00201209);
    /** (0032,1032) PN */
    public static final Tag RequestingPhysician = new Tag(0x00321032);
    /** (0032,1033) LO */
    public static final Tag RequestingService = new Tag(0x00321033);
    /** (0032,1060) LO */
    public static final Tag RequestedProcedureDescription = new Tag(0x00321060);
    /** (0032,1064) SQ */
    public static final Tag RequestedProcedureCodeSequence = new Tag(0x00321064);
    /** (0038,0010) LO */
    public static final Tag AdmissionID = new Tag(0x00380010);
    /** (0038,0014) SQ */
    public static final Tag IssuerOfAdmissionIDSequence = new Tag(0x00380014);
    /** (0040,0026) SQ */
    public static final Tag OrderPlacerIdentifierSequence = new Tag(0x00400026);
    /** (0040,0027) SQ */
    public static final Tag OrderFillerIdentifierSequence = new Tag(0x00400027);
    /** (0040,0031) UT */
    public static final Tag LocalNamespaceEntityID = new Tag(0x00400031);
    /** (0040,0032) UT */
    public static final Tag UniversalEntityID = new Tag(0x00400032);
    /** (0040,0033) CS */
    public static final Tag UniversalEntityIDType = new Tag(0x00400033);
    /** (0040,0400) LT */
    public static final Tag CommentsOnTheScheduledProcedureStep = new Tag(0x00400400);
    /** (0040,1001) SH */
    public static final Tag RequestedProcedureID = new Tag(0x00401001);
    /** (0040,2016) LO */
    public static final Tag PlacerOrderNumberImagingServiceRequest = new Tag(0x00402016);
    /** (0040,2017) LO */
    public static final Tag FillerOrderNumberImagingServiceRequest = new Tag(0x00402017);
    /** (0040,4005) DT */
    public static final Tag ScheduledProcedureStepStartDateTime = new Tag(0x00404005);
    /** (0040,4008) DT */
    public static final Tag ScheduledProcedureStepExpirationDateTime = new Tag(0x00404008);
    /** (0040,4009) SQ */
    public static final Tag HumanPerformerCodeSequence = new Tag(0x00404009);
    /** (0040,4010) DT */
    public static final Tag ScheduledProcedureStepModificationDateTime = new Tag(0x00404010);
    /** (0040,4011) DT */
    public static final Tag ExpectedCompletionDateTime = new Tag(0x00404011);
    /** (0040,4018) SQ */
    public static final Tag ScheduledWorkitemCodeSequence = new Tag(0x00404018);
    /** (0040,4021) SQ */
    public static final Tag InputInformationSequence = new Tag(0x00404021);
    /** (0040,4025) SQ */
    public static final Tag ScheduledStationNameCodeSequence = new Tag(0x00404025);
    /** (0040,4026) SQ */
    public static final Tag ScheduledStationClassCodeSequence = new Tag(0x00404026);
    /** (0040,4027) SQ */
    public static final Tag ScheduledStationGeographicLocationCodeSequence = new Tag(0x00404027);
    /** (0040,4033) SQ */
    public static final Tag OutputInformationSequence = new Tag(0x00404033);
    /** (0040,4034) SQ */
    public static final Tag ScheduledHumanPerformersSequence = new Tag(0x00404034);
    /** (0040,4035) SQ */
    public static final Tag ActualHumanPerformersSequence = new Tag(0x00404035);
    /** (0040,4036) LO */
    public static final Tag HumanPerformerOrganization = new Tag(0x00404036);
    /** (0040,4037) PN */
    public static final Tag HumanPerformerName = new Tag(0x00404037);
    /** (0040,4041) CS */
    public static final Tag InputReadinessState = new Tag(0x00404041);
    /** (0040,4050) DT */
    public static final Tag PerformedProcedureStepStartDateTime = new Tag(0x00404050);
    /** (0040,4051) DT */
    public static final Tag PerformedProcedureStepEndDateTime = new Tag(0x00404051);
    /** (0040,4052) DT */
    public static final Tag ProcedureStepCancellationDateTime = new Tag(0x00404052);
    /** (0040,A370) SQ */
    public static final Tag ReferencedRequestSequence = new Tag(0x0040A370);
    /** (0040,E010) UR */
    public static final Tag RetrieveURI = new Tag(0x0040E010);
    /** (0040,E020) CS */
    public static final Tag TypeOfInstances = new Tag(0x0040E020);
    /** (0040,E021) SQ */
    public static final Tag DICOMRetrievalSequence = new Tag(0x0040E021);
    /** (0040,E023) SQ */
    public static final Tag WADORetrievalSequence = new Tag(0x0040E023);
    /** (0040,E025) SQ */
    public static final Tag WADORSRetrievalSequence = new Tag(0x0040E025);
    /** (0074,1000) CS */
    public static final Tag ProcedureStepState = new Tag(0x00741000);
    /** (0074,1002) SQ */
    public static final Tag ProcedureStepProgressInformationSequence = new Tag(0x00741002);
    /** (0074,1004) DS */
    public static final Tag ProcedureStepProgress = new Tag(0x00741004);
    /** (0074,1006) ST */
    public static final Tag ProcedureStepProgressDescription = new Tag(0x00741006);
    /** (0074,1008) SQ */
    public static final Tag ProcedureStepCommunicationsURISequence = new Tag(0x00741008);
    /** (0074,100E) SQ */
    public static final Tag ProcedureStepDiscontinuationReasonCodeSequence = new Tag(0x0074100E);
    /** (0074,1200) CS */
    public static final Tag ScheduledProcedureStepPriority = new Tag(0x00741200);
    /** (0074,1202) LO */
    public static final Tag WorklistLabel = new Tag(0x00741202);
    /** (0074,1204) LO */
    public static final Tag ProcedureStepLabel = new Tag(0x00741204);
    /** (0074,1210) SQ */
    public static final Tag ScheduledProcessingParametersSequence = new Tag(0x00741210);
    /** (0074,1216) SQ */
    public static final Tag UnifiedProcedureStepPerformedProcedureSequence = new Tag(0x00741216);
    /** (0074,1220) SQ */
    public static final Tag RelatedProcedureStepSequence = new Tag(0x00741220);
    /** (0074,1224) SQ */
    public static final Tag ReplacedProcedureStepSequence = new Tag(0x00741224);
    /** (0074,1230) LO */
    public static final Tag DeletionLock = new Tag(0x00741230);
    /** (0074,1234) AE */
    public static final Tag ReceivingAE = new Tag(0x00741234);
    /** (0074,1236) AE */
    public static final Tag RequestingAE = new Tag(0x00741236);
    /** (0074,1238) LT */
    public static final Tag ReasonForCancellation = new Tag(0x00741238);
    /** (0074,1242) CS */
    public static final Tag SCPStatus = new Tag(0x00741242);
    /** (0074,1244) CS */
    public static final Tag SubscriptionListStatus = new Tag(0x00741244);
    /** (0074,1246) CS */
    public static final Tag UnifiedProcedureStepListStatus = new Tag(0x00741246);
    /** (7FE0,0010) OB/OW */
    public static final Tag PixelData = new Tag(0x7FE00010);

    /** The tag with this group and element (each 0..0xFFFF). */
    public static Tag of(int group, int element) {
        if ((group & ~0xFFFF) != 0 || (element & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("group and element must be 16-bit numbers");
        }
        return new Tag(group << 16 | element);
    }

    /**
     * The tag written as eight hexadecimal digits ({@code "0020000D"}, case-insensitive), as DICOM JSON
     * keys and DICOM XML {@code tag} attributes carry it.
     *
     * @throws IllegalArgumentException if the text is not eight hexadecimal digits
     */
    public static Tag of(String hex) {
        return parse(hex).orElseThrow(() -> new IllegalArgumentException("a tag is eight hexadecimal digits"));
    }

    /** The tag written as eight hexadecimal digits, or empty if the text is anything else. */
    public static Optional<Tag> parse(String hex) {
        if (hex == null || hex.length() != 8) {
            return Optional.empty();
        }
        int value = 0;
        for (int i = 0; i < 8; i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                return Optional.empty();
            }
            value = value << 4 | digit;
        }
        return Optional.of(new Tag(value));
    }

    /** The standard tag with this PS3.6 keyword, if Telerad knows it. */
    public static Optional<Tag> forKeyword(String keyword) {
        return StandardDictionary.tagOf(keyword);
    }

    public int group() {
        return value >>> 16;
    }

    public int element() {
        return value & 0xFFFF;
    }

    /** Private tags (odd group) belong to a vendor; Telerad keeps them but never interprets them. */
    public boolean isPrivate() {
        return (group() & 1) == 1;
    }

    /** The eight uppercase hexadecimal digits, as a DICOM JSON key. */
    public String hex() {
        return String.format(Locale.ROOT, "%08X", value);
    }

    /** The PS3.6 keyword, if Telerad knows this tag. */
    public Optional<String> keyword() {
        return StandardDictionary.keywordOf(this);
    }

    /** The VR PS3.6 gives this tag (the first one where several are allowed), if Telerad knows it. */
    public Optional<VR> standardVr() {
        return StandardDictionary.vrsOf(this).map(vrs -> vrs.get(0));
    }

    @Override
    public int compareTo(Tag other) {
        return Integer.compareUnsigned(value, other.value);
    }

    /** {@code (0020,000D)}, the way DICOM writes a tag. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%04X,%04X)", group(), element());
    }
}
