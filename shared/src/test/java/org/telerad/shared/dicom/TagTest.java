package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void parses_eight_hex_digits_and_prints_group_and_element() {
        Tag tag = Tag.of("0020000D");
        assertThat(tag).isEqualTo(Tag.StudyInstanceUID).isEqualTo(Tag.of(0x0020, 0x000D));
        assertThat(tag.group()).isEqualTo(0x0020);
        assertThat(tag.element()).isEqualTo(0x000D);
        assertThat(tag.hex()).isEqualTo("0020000D");
        assertThat(tag).hasToString("(0020,000D)");
        assertThat(tag.keyword()).hasValue("StudyInstanceUID");
        assertThat(tag.standardVr()).hasValue(VR.UI);
    }

    @Test
    void refuses_anything_but_eight_hex_digits() {
        assertThat(Tag.parse("0020000")).isEmpty();
        assertThat(Tag.parse("0020000G")).isEmpty();
        assertThat(Tag.parse("(0020,000D)")).isEmpty();
        assertThatThrownBy(() -> Tag.of("PatientName")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orders_tags_as_unsigned_numbers() {
        TreeSet<Tag> tags = new TreeSet<>(List.of(Tag.PixelData, Tag.of("FFFE0001"), Tag.AffectedSOPClassUID));
        assertThat(tags).containsExactly(Tag.AffectedSOPClassUID, Tag.PixelData, Tag.of("FFFE0001"));
    }

    @Test
    void tells_private_tags_by_their_odd_group() {
        assertThat(Tag.of("77771010").isPrivate()).isTrue();
        assertThat(Tag.PatientName.isPrivate()).isFalse();
    }

    @Test
    void every_constant_is_named_by_its_keyword_and_has_a_vr() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : Tag.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Tag.class) {
                Tag tag = (Tag) field.get(null);
                assertThat(tag.keyword()).as(field.getName()).hasValue(field.getName());
                assertThat(tag.standardVr()).as(field.getName()).isPresent();
                assertThat(Tag.forKeyword(field.getName())).hasValue(tag);
                names.add(field.getName());
            }
        }
        assertThat(names).hasSizeGreaterThan(100);
    }

    /** Spot checks against PS3.6 / PS3.7, for the tags the UPS-RS Task Manager depends on most. */
    @Test
    void carries_the_numbers_ps3_6_gives_the_workitem_attributes() {
        assertThat(Tag.InputInformationSequence.hex()).isEqualTo("00404021");
        assertThat(Tag.ScheduledHumanPerformersSequence.hex()).isEqualTo("00404034");
        assertThat(Tag.HumanPerformerCodeSequence.hex()).isEqualTo("00404009");
        assertThat(Tag.HumanPerformerName.hex()).isEqualTo("00404037");
        assertThat(Tag.HumanPerformerOrganization.hex()).isEqualTo("00404036");
        assertThat(Tag.ExpectedCompletionDateTime.hex()).isEqualTo("00404011");
        assertThat(Tag.InputReadinessState.hex()).isEqualTo("00404041");
        assertThat(Tag.ProcedureStepState.hex()).isEqualTo("00741000");
        assertThat(Tag.ScheduledProcedureStepPriority.hex()).isEqualTo("00741200");
        assertThat(Tag.WorklistLabel.hex()).isEqualTo("00741202");
        assertThat(Tag.ProcedureStepLabel.hex()).isEqualTo("00741204");
        assertThat(Tag.TransactionUID.hex()).isEqualTo("00081195");
        assertThat(Tag.ReferencedRequestSequence.hex()).isEqualTo("0040A370");
        assertThat(Tag.DICOMRetrievalSequence.hex()).isEqualTo("0040E021");
        assertThat(Tag.TypeOfInstances.hex()).isEqualTo("0040E020");
        assertThat(Tag.ScheduledStationGeographicLocationCodeSequence.hex()).isEqualTo("00404027");
        assertThat(Tag.EventTypeID.hex()).isEqualTo("00001002");
        assertThat(Tag.AffectedSOPInstanceUID.hex()).isEqualTo("00001000");
        assertThat(Tag.RequestingAE.hex()).isEqualTo("00741236");
        assertThat(Tag.ReasonForCancellation.hex()).isEqualTo("00741238");
        assertThat(Tag.ProcedureStepCancellationDateTime.hex()).isEqualTo("00404052");
    }

    @Test
    void allows_the_vrs_ps3_6_lists_and_un() {
        assertThat(StandardDictionary.allows(Tag.PixelData, VR.OW)).isTrue();
        assertThat(StandardDictionary.allows(Tag.PixelData, VR.OB)).isTrue();
        assertThat(StandardDictionary.allows(Tag.PatientName, VR.UN)).isTrue();
        assertThat(StandardDictionary.allows(Tag.PatientName, VR.LO)).isFalse();
        assertThat(StandardDictionary.allows(Tag.of("00291010"), VR.OB)).isTrue();
    }
}
