package org.telerad.reporting.delivery.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CNN;
import ca.uhn.hl7v2.model.v251.datatype.NDL;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.domain.ReportText;

/**
 * Builds the ORU^R01 (HL7 v2.5.1, IHE Results Distribution) of one signed report version:
 * <ul>
 * <li>MSH: Telerad's and the receiver's application and facility names, MSH-10 the attempt's control id,
 * MSH-18 UNICODE UTF-8;</li>
 * <li>PID-3 patient id with its issuer, PID-5 name (from the DICOM PN {@code Family^Given}), PID-7, PID-8;</li>
 * <li>ORC-1 RE, ORC-2 placer and ORC-3 filler order number = the accession number (with its issuer);</li>
 * <li>OBR-3 accession number, OBR-4 LOINC 18748-4 Diagnostic imaging study, OBR-18 accession number, OBR-20 the
 * Telerad report id, OBR-21 the Study Instance UID, OBR-22 when this version was signed, OBR-24 RAD, OBR-25
 * P / F / C, OBR-32 the signer (principal result interpreter), OBR-33 the preliminary reader when another
 * radiologist signed (assistant result interpreter);</li>
 * <li>one OBX per line of the report text (OBX-2 TX, OBX-3 the section's LOINC code, OBX-4 the section number,
 * OBX-11 the result status, OBX-14 the signing time, OBX-16 the signer).</li>
 * </ul>
 * Interpreters are identified by NPI (assigning authority {@code NPI}) when the registry has one, else by their
 * Telerad username (authority {@code TELERAD}).
 */
final class OruMessages {

    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private OruMessages() {
    }

    static ORU_R01 oru(SignedReportVersion v, MllpEndpoint to, DeliveryAttemptId attempt) {
        try {
            // the header is filled here, not by HAPI's initQuickstart: that asks the parser's default message id
            // generator, which keeps its counter in a file (id_file) in the server's working directory
            ORU_R01 oru = new ORU_R01();
            header(oru.getMSH(), to, attempt);
            patient(oru.getPATIENT_RESULT().getPATIENT().getPID(), v.patient());
            ORU_R01_ORDER_OBSERVATION order = oru.getPATIENT_RESULT().getORDER_OBSERVATION();
            order(order.getORC(), v);
            request(order.getOBR(), v);
            observations(order, v);
            return oru;
        } catch (HL7Exception e) {
            throw new IllegalStateException("building the ORU^R01 failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void header(MSH msh, MllpEndpoint to, DeliveryAttemptId attempt) throws HL7Exception {
        msh.getMsh1_FieldSeparator().setValue("|");
        msh.getMsh2_EncodingCharacters().setValue("^~\\&");
        msh.getMsh9_MessageType().getMessageCode().setValue("ORU");
        msh.getMsh9_MessageType().getTriggerEvent().setValue("R01");
        msh.getMsh9_MessageType().getMessageStructure().setValue("ORU_R01");
        msh.getMsh11_ProcessingID().getProcessingID().setValue("P");
        msh.getMsh12_VersionID().getVersionID().setValue("2.5.1");
        msh.getMsh3_SendingApplication().getNamespaceID().setValue(to.sendingApplication());
        msh.getMsh4_SendingFacility().getNamespaceID().setValue(to.sendingFacility());
        msh.getMsh5_ReceivingApplication().getNamespaceID().setValue(to.receivingApplication());
        msh.getMsh6_ReceivingFacility().getNamespaceID().setValue(to.receivingFacility());
        msh.getMsh7_DateTimeOfMessage().getTime().setValue(TS.format(attempt.at()) + "+0000");
        msh.getMsh10_MessageControlID().setValue(attempt.controlId());
        msh.getMsh15_AcceptAcknowledgmentType().setValue("NE");
        msh.getMsh16_ApplicationAcknowledgmentType().setValue("AL");
        msh.getMsh18_CharacterSet(0).setValue("UNICODE UTF-8");
    }

    private static void patient(PID pid, SignedReportVersion.PatientIdentity p) throws HL7Exception {
        pid.getPid1_SetIDPID().setValue("1");
        if (p.id() != null) {
            pid.getPid3_PatientIdentifierList(0).getIDNumber().setValue(p.id());
            pid.getPid3_PatientIdentifierList(0).getAssigningAuthority().getNamespaceID().setValue(p.issuer());
            pid.getPid3_PatientIdentifierList(0).getIdentifierTypeCode().setValue("MR");
        }
        if (p.name() != null && !p.name().isBlank()) {
            String[] pn = p.name().split("\\^", -1);
            pid.getPid5_PatientName(0).getFamilyName().getSurname().setValue(part(pn, 0));
            pid.getPid5_PatientName(0).getGivenName().setValue(part(pn, 1));
            pid.getPid5_PatientName(0).getSecondAndFurtherGivenNamesOrInitialsThereof().setValue(part(pn, 2));
            pid.getPid5_PatientName(0).getPrefixEgDR().setValue(part(pn, 3));
            pid.getPid5_PatientName(0).getSuffixEgJRorIII().setValue(part(pn, 4));
        }
        LocalDate born = p.birthDate();
        if (born != null) {
            pid.getPid7_DateTimeOfBirth().getTime().setValue(DATE.format(born));
        }
        if (p.sex() != null && !p.sex().isBlank()) {
            pid.getPid8_AdministrativeSex().setValue(p.sex().strip().substring(0, 1).toUpperCase(Locale.ROOT));
        }
    }

    private static void order(ORC orc, SignedReportVersion v) throws HL7Exception {
        orc.getOrc1_OrderControl().setValue("RE");
        if (v.accessionNumber() != null) {
            orc.getOrc2_PlacerOrderNumber().getEntityIdentifier().setValue(v.accessionNumber());
            orc.getOrc2_PlacerOrderNumber().getNamespaceID().setValue(v.accessionIssuer());
            orc.getOrc3_FillerOrderNumber().getEntityIdentifier().setValue(v.accessionNumber());
            orc.getOrc3_FillerOrderNumber().getNamespaceID().setValue(v.accessionIssuer());
        }
        orc.getOrc5_OrderStatus().setValue("CM");
    }

    private static void request(OBR obr, SignedReportVersion v) throws HL7Exception {
        obr.getObr1_SetIDOBR().setValue("1");
        if (v.accessionNumber() != null) {
            obr.getObr2_PlacerOrderNumber().getEntityIdentifier().setValue(v.accessionNumber());
            obr.getObr2_PlacerOrderNumber().getNamespaceID().setValue(v.accessionIssuer());
            obr.getObr3_FillerOrderNumber().getEntityIdentifier().setValue(v.accessionNumber());
            obr.getObr3_FillerOrderNumber().getNamespaceID().setValue(v.accessionIssuer());
            obr.getObr18_PlacerField1().setValue(v.accessionNumber());
        }
        obr.getObr4_UniversalServiceIdentifier().getIdentifier().setValue("18748-4");
        obr.getObr4_UniversalServiceIdentifier().getText().setValue("Diagnostic imaging study");
        obr.getObr4_UniversalServiceIdentifier().getNameOfCodingSystem().setValue("LN");
        obr.getObr20_FillerField1().setValue(v.reportId().toString());
        obr.getObr21_FillerField2().setValue(v.studyInstanceUid());
        obr.getObr22_ResultsRptStatusChngDateTime().getTime().setValue(TS.format(v.signedAt()) + "+0000");
        obr.getObr24_DiagnosticServSectID().setValue("RAD");
        obr.getObr25_ResultStatus().setValue(v.status().hl7ResultStatus());
        interpreter(obr.getObr32_PrincipalResultInterpreter(), v.principalInterpreter(), v.signedAt());
        if (v.assistantInterpreter() != null) {
            interpreter(obr.getObr33_AssistantResultInterpreter(0), v.assistantInterpreter(), null);
        }
    }

    private static void interpreter(NDL ndl, SignedReportVersion.Interpreter who, Instant at) throws HL7Exception {
        CNN name = ndl.getNdl1_Name();
        boolean npi = who.npi() != null && !who.npi().isBlank();
        name.getCnn1_IDNumber().setValue(npi ? who.npi() : who.username());
        name.getCnn2_FamilyName().setValue(who.familyName());
        name.getCnn3_GivenName().setValue(who.givenName());
        name.getCnn9_AssigningAuthorityNamespaceID().setValue(npi ? "NPI" : "TELERAD");
        if (at != null) {
            ndl.getNdl2_StartDateTime().getTime().setValue(TS.format(at) + "+0000");
        }
    }

    private static void observations(ORU_R01_ORDER_OBSERVATION order, SignedReportVersion v) throws HL7Exception {
        int set = 0;
        List<ReportText.Part> parts = ReportText.of(v).parts();
        for (int p = 0; p < parts.size(); p++) {
            ReportText.Part part = parts.get(p);
            for (String line : part.lines()) {
                ORU_R01_OBSERVATION observation = order.getOBSERVATION(set);
                OBX obx = observation.getOBX();
                obx.getObx1_SetIDOBX().setValue(Integer.toString(++set));
                obx.getObx2_ValueType().setValue("TX");
                obx.getObx3_ObservationIdentifier().getIdentifier().setValue(part.loincCode());
                obx.getObx3_ObservationIdentifier().getText().setValue(part.loincName());
                obx.getObx3_ObservationIdentifier().getNameOfCodingSystem().setValue("LN");
                obx.getObx4_ObservationSubID().setValue(Integer.toString(p + 1));
                ca.uhn.hl7v2.model.v251.datatype.TX tx = new ca.uhn.hl7v2.model.v251.datatype.TX(order.getMessage());
                tx.setValue(line.isEmpty() ? " " : line);
                obx.getObx5_ObservationValue(0).setData(tx);
                obx.getObx11_ObservationResultStatus().setValue(v.status().hl7ResultStatus());
                obx.getObx14_DateTimeOfTheObservation().getTime().setValue(TS.format(v.signedAt()) + "+0000");
                obx.getObx16_ResponsibleObserver(0).getIDNumber().setValue(
                        v.principalInterpreter().npi() != null ? v.principalInterpreter().npi()
                                : v.principalInterpreter().username());
                obx.getObx16_ResponsibleObserver(0).getFamilyName().getSurname().setValue(
                        v.principalInterpreter().familyName());
                obx.getObx16_ResponsibleObserver(0).getGivenName().setValue(v.principalInterpreter().givenName());
            }
        }
    }

    private static String part(String[] parts, int i) {
        return i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
    }
}
