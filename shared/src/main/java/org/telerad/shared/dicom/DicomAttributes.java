package org.telerad.shared.dicom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An immutable DICOM data set: attributes in ascending tag order, each with its VR and values. Read one
 * with {@link DicomJson} or {@link DicomXml}, build one with {@link #builder()}.
 *
 * <p>Getters answer empty when the attribute is absent or has no value; typed getters ({@link #date},
 * {@link #integer}, ...) throw {@link DicomFormatException} ({@code TELERAD-DICOM-010}) when the value
 * is present but not what its VR promises. {@link #toString()} names tags only, never values.
 */
public final class DicomAttributes {

    private static final DicomAttributes EMPTY = new DicomAttributes(new TreeMap<>());

    private final SortedMap<Tag, DicomElement> elements;

    private DicomAttributes(TreeMap<Tag, DicomElement> elements) {
        this.elements = Collections.unmodifiableSortedMap(elements);
    }

    public static DicomAttributes empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this data set's attributes, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.elements.putAll(elements);
        return builder;
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** Tags present, ascending. */
    public SortedSet<Tag> tags() {
        return (SortedSet<Tag>) elements.keySet();
    }

    /** Attributes, ascending by tag. */
    public Collection<DicomElement> elements() {
        return elements.values();
    }

    public Optional<DicomElement> element(Tag tag) {
        return Optional.ofNullable(elements.get(tag));
    }

    /** Whether the attribute is present, with or without a value. */
    public boolean has(Tag tag) {
        return elements.containsKey(tag);
    }

    /** Whether the attribute is present but has no value ({@code {"vr":"LO"}}, {@code "Value":[]}). */
    public boolean isEmptyValue(Tag tag) {
        DicomElement element = elements.get(tag);
        return element != null && element.isEmpty();
    }

    /** Whether the attribute is present with at least one value. */
    public boolean hasValue(Tag tag) {
        DicomElement element = elements.get(tag);
        return element != null && !element.isEmpty();
    }

    public Optional<VR> vr(Tag tag) {
        return element(tag).map(DicomElement::vr);
    }

    /**
     * The first value as text, trailing spaces removed (all of them for LT/ST/UT/UR too); numbers in
     * plain notation, names in their DICOM string form, tags as eight hex digits. Empty if absent or blank.
     */
    public Optional<String> string(Tag tag) {
        return first(tag).map(DicomAttributes::text).map(String::stripTrailing).filter(s -> !s.isEmpty());
    }

    /** The text value, or {@code otherwise} when absent or blank. */
    public String string(Tag tag, String otherwise) {
        return string(tag).orElse(otherwise);
    }

    /** All values as text (an empty value as ""), in order. */
    public List<String> strings(Tag tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.vr() == VR.SQ) {
            return List.of();
        }
        return element.values().stream().map(v -> v == null ? "" : text(v).stripTrailing())
                .collect(Collectors.toUnmodifiableList());
    }

    /** The first value as an int (IS, US, SS, UL, SL, or text holding an integer). */
    public OptionalInt integer(Tag tag) {
        OptionalLong value = longValue(tag);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.getAsLong() != (int) value.getAsLong()) {
            throw badValue(tag, "the value does not fit a 32-bit integer");
        }
        return OptionalInt.of((int) value.getAsLong());
    }

    public OptionalLong longValue(Tag tag) {
        Optional<BigDecimal> value = decimal(tag);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.get().longValueExact());
        } catch (ArithmeticException e) {
            throw badValue(tag, "the value is not an integer");
        }
    }

    /** The first value as a number (DS, FD, IS, ..., or text holding a number). */
    public Optional<BigDecimal> decimal(Tag tag) {
        Optional<Object> value = first(tag);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof BigDecimal number) {
            return Optional.of(number);
        }
        Optional<String> text = string(tag);
        try {
            return text.map(String::strip).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw badValue(tag, "the value is not a number");
        }
    }

    public Optional<PersonName> personName(Tag tag) {
        List<PersonName> names = personNames(tag);
        return names.isEmpty() ? Optional.empty() : Optional.ofNullable(names.get(0));
    }

    public List<PersonName> personNames(Tag tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.values().isEmpty()) {
            return List.of();
        }
        if (element.vr() == VR.PN) {
            return Collections.unmodifiableList(element.values().stream().map(PersonName.class::cast)
                    .collect(Collectors.toList()));
        }
        return strings(tag).stream().map(PersonName::parse).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableList());
    }

    /** A DA value; partial precision ({@code 2026}, {@code 202611}) gives the first day. */
    public Optional<LocalDate> date(Tag tag) {
        return parsed(tag, DicomTemporal::parseDate);
    }

    /** A TM value; partial precision gives the start of the hour or minute. */
    public Optional<LocalTime> time(Tag tag) {
        return parsed(tag, DicomTemporal::parseTime);
    }

    /** A DT value as written, with its own offset if it has one. */
    public Optional<DicomDateTime> dateTime(Tag tag) {
        return parsed(tag, DicomTemporal::parseDateTime);
    }

    /**
     * A DT value as a moment: its own offset if it has one, else this data set's Timezone Offset From UTC
     * (0008,0201) if present, else {@code senderZone} (the zone configured for the archive that sent it).
     */
    public Optional<OffsetDateTime> dateTime(Tag tag, ZoneId senderZone) {
        Objects.requireNonNull(senderZone, "senderZone");
        Optional<DicomDateTime> value = dateTime(tag);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = parsed(Tag.TimezoneOffsetFromUTC, text -> {
            DicomDateTime offset = DicomTemporal.parseDateTime("19700101" + text.strip());
            return (ZoneId) offset.explicitOffset().orElse(ZoneOffset.UTC);
        }).orElse(senderZone);
        return Optional.of(value.get().resolve(zone));
    }

    /** A date and time held in a DA and a TM attribute (Study Date and Time, for instance). */
    public Optional<LocalDateTime> dateAndTime(Tag dateTag, Tag timeTag) {
        return date(dateTag).map(d -> d.atTime(time(timeTag).orElse(LocalTime.MIDNIGHT)));
    }

    /** AT values. */
    public List<Tag> tagValues(Tag tag) {
        DicomElement element = elements.get(tag);
        return element == null || element.vr() != VR.AT ? List.of()
                : element.values().stream().map(Tag.class::cast).collect(Collectors.toUnmodifiableList());
    }

    /** Items of a sequence, in order; empty if absent, empty, or not a sequence. */
    public List<DicomAttributes> sequence(Tag tag) {
        DicomElement element = elements.get(tag);
        return element == null ? List.of() : element.items();
    }

    /** The first item of a sequence, e.g. the one code of a code sequence. */
    public Optional<DicomAttributes> item(Tag tag) {
        return item(tag, 0);
    }

    public Optional<DicomAttributes> item(Tag tag, int index) {
        List<DicomAttributes> items = sequence(tag);
        return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    public Optional<BulkData> bulkData(Tag tag) {
        return element(tag).map(DicomElement::bulkData);
    }

    private Optional<Object> first(Tag tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.values().isEmpty() || element.vr() == VR.SQ) {
            return Optional.empty();
        }
        return Optional.ofNullable(element.values().get(0));
    }

    private <T> Optional<T> parsed(Tag tag, java.util.function.Function<String, T> parser) {
        Optional<String> text = string(tag).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return text.map(parser);
        } catch (IllegalArgumentException e) {
            throw badValue(tag, e.getMessage());
        }
    }

    private static DicomFormatException badValue(Tag tag, String problem) {
        return new DicomFormatException(DicomFormatException.Reason.BAD_VALUE, tag.toString(), problem);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof PersonName name) {
            return name.toDicomString();
        }
        if (value instanceof Tag tag) {
            return tag.hex();
        }
        return value == null ? "" : value.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DicomAttributes that && elements.equals(that.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    /** Tags and VRs only: values may be personal data. */
    @Override
    public String toString() {
        return "DicomAttributes" + elements.values();
    }

    /**
     * Collects attributes for an immutable {@link DicomAttributes}. Setting a tag again replaces it. The VR
     * is inferred for tags Telerad knows ({@link Tag#standardVr()}); give it explicitly for others. A known
     * tag with a VR PS3.6 does not allow is refused.
     */
    public static final class Builder {

        private final TreeMap<Tag, DicomElement> elements = new TreeMap<>();

        private Builder() {
        }

        /** Puts an element as it is (replacing one with the same tag). */
        public Builder element(DicomElement element) {
            if (!StandardDictionary.allows(element.tag(), element.vr())) {
                throw new IllegalArgumentException(element.tag() + " does not take VR " + element.vr());
            }
            elements.put(element.tag(), element);
            return this;
        }

        /** Text values; a null value is an empty value. */
        public Builder string(Tag tag, String... values) {
            return string(tag, vrOf(tag), values);
        }

        public Builder string(Tag tag, VR vr, String... values) {
            return strings(tag, vr, Arrays.asList(values));
        }

        public Builder strings(Tag tag, VR vr, List<String> values) {
            if (vr == VR.PN) {
                List<PersonName> names = new ArrayList<>();
                values.forEach(v -> names.add(PersonName.parse(v).orElse(null)));
                return element(DicomElement.of(tag, vr, names));
            }
            if (vr.isNumeric()) {
                List<BigDecimal> numbers = new ArrayList<>();
                values.forEach(v -> numbers.add(v == null || v.isBlank() ? null : new BigDecimal(v.strip())));
                return element(DicomElement.of(tag, vr, numbers));
            }
            if (vr == VR.AT) {
                List<Tag> tags = new ArrayList<>();
                values.forEach(v -> tags.add(Tag.of(v)));
                return element(DicomElement.of(tag, vr, tags));
            }
            return element(DicomElement.of(tag, vr, values));
        }

        public Builder integer(Tag tag, long... values) {
            List<BigDecimal> numbers = new ArrayList<>();
            for (long value : values) {
                numbers.add(BigDecimal.valueOf(value));
            }
            return element(DicomElement.of(tag, vrOf(tag), numbers));
        }

        public Builder decimal(Tag tag, BigDecimal... values) {
            return element(DicomElement.of(tag, vrOf(tag), Arrays.asList(values)));
        }

        public Builder personName(Tag tag, PersonName... names) {
            return element(DicomElement.of(tag, VR.PN, Arrays.asList(names)));
        }

        /** A person name given as its alphabetic group, e.g. {@code Doe^Jane}. */
        public Builder personName(Tag tag, String alphabetic) {
            return personName(tag, PersonName.parse(alphabetic).orElse(null));
        }

        public Builder date(Tag tag, LocalDate date) {
            return string(tag, VR.DA, DicomTemporal.formatDate(date));
        }

        public Builder time(Tag tag, LocalTime time) {
            return string(tag, VR.TM, DicomTemporal.formatTime(time));
        }

        public Builder dateTime(Tag tag, LocalDateTime dateTime) {
            return string(tag, VR.DT, DicomTemporal.formatDateTime(dateTime));
        }

        public Builder dateTime(Tag tag, OffsetDateTime dateTime) {
            return string(tag, VR.DT, DicomTemporal.formatDateTime(dateTime));
        }

        public Builder tags(Tag tag, Tag... values) {
            return element(DicomElement.of(tag, VR.AT, Arrays.asList(values)));
        }

        public Builder sequence(Tag tag, List<DicomAttributes> items) {
            return element(DicomElement.of(tag, VR.SQ, items));
        }

        public Builder sequence(Tag tag, DicomAttributes... items) {
            return sequence(tag, Arrays.asList(items));
        }

        public Builder bulkData(Tag tag, VR vr, BulkData bulkData) {
            return element(DicomElement.ofBulkData(tag, vr, bulkData));
        }

        /** A present attribute without value (type 2): {@code {"vr":"XX"}}. */
        public Builder empty(Tag tag) {
            return empty(tag, vrOf(tag));
        }

        public Builder empty(Tag tag, VR vr) {
            return element(DicomElement.empty(tag, vr));
        }

        public Builder remove(Tag tag) {
            elements.remove(tag);
            return this;
        }

        /** Copies every attribute of {@code other}, replacing those with the same tag. */
        public Builder addAll(DicomAttributes other) {
            elements.putAll(other.elements);
            return this;
        }

        public boolean has(Tag tag) {
            return elements.containsKey(tag);
        }

        public DicomAttributes build() {
            return elements.isEmpty() ? EMPTY : new DicomAttributes(new TreeMap<>(elements));
        }

        private static VR vrOf(Tag tag) {
            return tag.standardVr().orElseThrow(() -> new IllegalArgumentException(
                    tag + " is not a tag Telerad knows: give its VR"));
        }
    }
}
