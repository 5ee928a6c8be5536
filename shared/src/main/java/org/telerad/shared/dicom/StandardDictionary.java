package org.telerad.shared.dicom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of PS3.6 / PS3.7 Telerad knows: keyword and allowed VRs of every {@link Tag} constant. Used to
 * refuse a known tag sent with the wrong VR and to infer the VR when a data set is built in code.
 */
final class StandardDictionary {

    private record Entry(String keyword, List<VR> vrs) {
    }

    private static final Map<Tag, Entry> BY_TAG = new HashMap<>();
    private static final Map<String, Tag> BY_KEYWORD = new HashMap<>();

    static {
        add(Tag.AffectedSOPClassUID, "AffectedSOPClassUID", VR.UI);
        add(Tag.RequestedSOPClassUID, "RequestedSOPClassUID", VR.UI);
        add(Tag.MessageID, "MessageID", VR.US);
        add(Tag.Status, "Status", VR.US);
        add(Tag.AffectedSOPInstanceUID, "AffectedSOPInstanceUID", VR.UI);
        add(Tag.RequestedSOPInstanceUID, "RequestedSOPInstanceUID", VR.UI);
        add(Tag.EventTypeID, "EventTypeID", VR.US);
        add(Tag.SpecificCharacterSet, "SpecificCharacterSet", VR.CS);
        add(Tag.SOPClassUID, "SOPClassUID", VR.UI);
        add(Tag.SOPInstanceUID, "SOPInstanceUID", VR.UI);
        add(Tag.StudyDate, "StudyDate", VR.DA);
        add(Tag.SeriesDate, "SeriesDate", VR.DA);
        add(Tag.StudyTime, "StudyTime", VR.TM);
        add(Tag.SeriesTime, "SeriesTime", VR.TM);
        add(Tag.AccessionNumber, "AccessionNumber", VR.SH);
        add(Tag.IssuerOfAccessionNumberSequence, "IssuerOfAccessionNumberSequence", VR.SQ);
        add(Tag.RetrieveAETitle, "RetrieveAETitle", VR.AE);
        add(Tag.InstanceAvailability, "InstanceAvailability", VR.CS);
        add(Tag.Modality, "Modality", VR.CS);
        add(Tag.ModalitiesInStudy, "ModalitiesInStudy", VR.CS);
        add(Tag.InstitutionName, "InstitutionName", VR.LO);
        add(Tag.ReferringPhysicianName, "ReferringPhysicianName", VR.PN);
        add(Tag.CodeValue, "CodeValue", VR.SH);
        add(Tag.CodingSchemeDesignator, "CodingSchemeDesignator", VR.SH);
        add(Tag.CodingSchemeVersion, "CodingSchemeVersion", VR.SH);
        add(Tag.CodeMeaning, "CodeMeaning", VR.LO);
        add(Tag.TimezoneOffsetFromUTC, "TimezoneOffsetFromUTC", VR.SH);
        add(Tag.StudyDescription, "StudyDescription", VR.LO);
        add(Tag.SeriesDescription, "SeriesDescription", VR.LO);
        add(Tag.AdmittingDiagnosesDescription, "AdmittingDiagnosesDescription", VR.LO);
        add(Tag.AdmittingDiagnosesCodeSequence, "AdmittingDiagnosesCodeSequence", VR.SQ);
        add(Tag.ReferencedStudySequence, "ReferencedStudySequence", VR.SQ);
        add(Tag.ReferencedSeriesSequence, "ReferencedSeriesSequence", VR.SQ);
        add(Tag.ReferencedSOPClassUID, "ReferencedSOPClassUID", VR.UI);
        add(Tag.ReferencedSOPInstanceUID, "ReferencedSOPInstanceUID", VR.UI);
        add(Tag.RetrieveURL, "RetrieveURL", VR.UR);
        add(Tag.TransactionUID, "TransactionUID", VR.UI);
        add(Tag.ReferencedSOPSequence, "ReferencedSOPSequence", VR.SQ);
        add(Tag.PatientName, "PatientName", VR.PN);
        add(Tag.PatientID, "PatientID", VR.LO);
        add(Tag.IssuerOfPatientID, "IssuerOfPatientID", VR.LO);
        add(Tag.IssuerOfPatientIDQualifiersSequence, "IssuerOfPatientIDQualifiersSequence", VR.SQ);
        add(Tag.PatientBirthDate, "PatientBirthDate", VR.DA);
        add(Tag.PatientSex, "PatientSex", VR.CS);
        add(Tag.OtherPatientIDsSequence, "OtherPatientIDsSequence", VR.SQ);
        add(Tag.PatientAge, "PatientAge", VR.AS);
        add(Tag.PatientWeight, "PatientWeight", VR.DS);
        add(Tag.BodyPartExamined, "BodyPartExamined", VR.CS);
        add(Tag.StudyInstanceUID, "StudyInstanceUID", VR.UI);
        add(Tag.SeriesInstanceUID, "SeriesInstanceUID", VR.UI);
        add(Tag.StudyID, "StudyID", VR.SH);
        add(Tag.SeriesNumber, "SeriesNumber", VR.IS);
        add(Tag.InstanceNumber, "InstanceNumber", VR.IS);
        add(Tag.NumberOfStudyRelatedSeries, "NumberOfStudyRelatedSeries", VR.IS);
        add(Tag.NumberOfStudyRelatedInstances, "NumberOfStudyRelatedInstances", VR.IS);
        add(Tag.NumberOfSeriesRelatedInstances, "NumberOfSeriesRelatedInstances", VR.IS);
        add(Tag.RequestingPhysician, "RequestingPhysician", VR.PN);
        add(Tag.RequestingService, "RequestingService", VR.LO);
        add(Tag.RequestedProcedureDescription, "RequestedProcedureDescription", VR.LO);
        add(Tag.RequestedProcedureCodeSequence, "RequestedProcedureCodeSequence", VR.SQ);
        add(Tag.AdmissionID, "AdmissionID", VR.LO);
        add(Tag.IssuerOfAdmissionIDSequence, "IssuerOfAdmissionIDSequence", VR.SQ);
        add(Tag.OrderPlacerIdentifierSequence, "OrderPlacerIdentifierSequence", VR.SQ);
        add(Tag.OrderFillerIdentifierSequence, "OrderFillerIdentifierSequence", VR.SQ);
        add(Tag.LocalNamespaceEntityID, "LocalNamespaceEntityID", VR.UT);
        add(Tag.UniversalEntityID, "UniversalEntityID", VR.UT);
        add(Tag.UniversalEntityIDType, "UniversalEntityIDType", VR.CS);
        add(Tag.CommentsOnTheScheduledProcedureStep, "CommentsOnTheScheduledProcedureStep", VR.LT);
        add(Tag.RequestedProcedureID, "RequestedProcedureID", VR.SH);
        add(Tag.PlacerOrderNumberImagingServiceRequest, "PlacerOrderNumberImagingServiceRequest", VR.LO);
        add(Tag.FillerOrderNumberImagingServiceRequest, "FillerOrderNumberImagingServiceRequest", VR.LO);
        add(Tag.ScheduledProcedureStepStartDateTime, "ScheduledProcedureStepStartDateTime", VR.DT);
        add(Tag.ScheduledProcedureStepExpirationDateTime, "ScheduledProcedureStepExpirationDateTime", VR.DT);
        add(Tag.HumanPerformerCodeSequence, "HumanPerformerCodeSequence", VR.SQ);
        add(Tag.ScheduledProcedureStepModificationDateTime, "ScheduledProcedureStepModificationDateTime", VR.DT);
        add(Tag.ExpectedCompletionDateTime, "ExpectedCompletionDateTime", VR.DT);
        add(Tag.ScheduledWorkitemCodeSequence, "ScheduledWorkitemCodeSequence", VR.SQ);
        add(Tag.InputInformationSequence, "InputInformationSequence", VR.SQ);
        add(Tag.ScheduledStationNameCodeSequence, "ScheduledStationNameCodeSequence", VR.SQ);
        add(Tag.ScheduledStationClassCodeSequence, "ScheduledStationClassCodeSequence", VR.SQ);
        add(Tag.ScheduledStationGeographicLocationCodeSequence, "ScheduledStationGeographicLocationCodeSequence", VR.SQ);
        add(Tag.OutputInformationSequence, "OutputInformationSequence", VR.SQ);
        add(Tag.ScheduledHumanPerformersSequence, "ScheduledHumanPerformersSequence", VR.SQ);
        add(Tag.ActualHumanPerformersSequence, "ActualHumanPerformersSequence", VR.SQ);
        add(Tag.HumanPerformerOrganization, "HumanPerformerOrganization", VR.LO);
        add(Tag.HumanPerformerName, "HumanPerformerName", VR.PN);
        add(Tag.InputReadinessState, "InputReadinessState", VR.CS);
        add(Tag.PerformedProcedureStepStartDateTime, "PerformedProcedureStepStartDateTime", VR.DT);
        add(Tag.PerformedProcedureStepEndDateTime, "PerformedProcedureStepEndDateTime", VR.DT);
        add(Tag.ProcedureStepCancellationDateTime, "ProcedureStepCancellationDateTime", VR.DT);
        add(Tag.ReferencedRequestSequence, "ReferencedRequestSequence", VR.SQ);
        add(Tag.RetrieveURI, "RetrieveURI", VR.UR);
        add(Tag.TypeOfInstances, "TypeOfInstances", VR.CS);
        add(Tag.DICOMRetrievalSequence, "DICOMRetrievalSequence", VR.SQ);
        add(Tag.WADORetrievalSequence, "WADORetrievalSequence", VR.SQ);
        add(Tag.WADORSRetrievalSequence, "WADORSRetrievalSequence", VR.SQ);
        add(Tag.ProcedureStepState, "ProcedureStepState", VR.CS);
        add(Tag.ProcedureStepProgressInformationSequence, "ProcedureStepProgressInformationSequence", VR.SQ);
        add(Tag.ProcedureStepProgress, "ProcedureStepProgress", VR.DS);
        add(Tag.ProcedureStepProgressDescription, "ProcedureStepProgressDescription", VR.ST);
        add(Tag.ProcedureStepCommunicationsURISequence, "ProcedureStepCommunicationsURISequence", VR.SQ);
        add(Tag.ProcedureStepDiscontinuationReasonCodeSequence, "ProcedureStepDiscontinuationReasonCodeSequence", VR.SQ);
        add(Tag.ScheduledProcedureStepPriority, "ScheduledProcedureStepPriority", VR.CS);
        add(Tag.WorklistLabel, "WorklistLabel", VR.LO);
        add(Tag.ProcedureStepLabel, "ProcedureStepLabel", VR.LO);
        add(Tag.ScheduledProcessingParametersSequence, "ScheduledProcessingParametersSequence", VR.SQ);
        add(Tag.UnifiedProcedureStepPerformedProcedureSequence, "UnifiedProcedureStepPerformedProcedureSequence", VR.SQ);
        add(Tag.RelatedProcedureStepSequence, "RelatedProcedureStepSequence", VR.SQ);
        add(Tag.ReplacedProcedureStepSequence, "ReplacedProcedureStepSequence", VR.SQ);
        add(Tag.DeletionLock, "DeletionLock", VR.LO);
        add(Tag.ReceivingAE, "ReceivingAE", VR.AE);
        add(Tag.RequestingAE, "RequestingAE", VR.AE);
        add(Tag.ReasonForCancellation, "ReasonForCancellation", VR.LT);
        add(Tag.SCPStatus, "SCPStatus", VR.CS);
        add(Tag.SubscriptionListStatus, "SubscriptionListStatus", VR.CS);
        add(Tag.UnifiedProcedureStepListStatus, "UnifiedProcedureStepListStatus", VR.CS);
        add(Tag.PixelData, "PixelData", VR.OB, VR.OW);
    }

    private StandardDictionary() {
    }

    private static void add(Tag tag, String keyword, VR... vrs) {
        BY_TAG.put(tag, new Entry(keyword, List.of(vrs)));
        BY_KEYWORD.put(keyword, tag);
    }

    static Optional<String> keywordOf(Tag tag) {
        return Optional.ofNullable(BY_TAG.get(tag)).map(Entry::keyword);
    }

    static Optional<List<VR>> vrsOf(Tag tag) {
        return Optional.ofNullable(BY_TAG.get(tag)).map(Entry::vrs);
    }

    static Optional<Tag> tagOf(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** Whether a tag may carry this VR: any VR for tags Telerad does not know, UN always. */
    static boolean allows(Tag tag, VR vr) {
        Entry entry = BY_TAG.get(tag);
        return entry == null || vr == VR.UN || entry.vrs().contains(vr);
    }
}
