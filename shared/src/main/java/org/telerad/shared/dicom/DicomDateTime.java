package org.telerad.shared.dicom;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A DT value: the local date and time it names and, when the value carries one ({@code &ZZXX}), its UTC
 * offset. Archives often send none ({@code 20261127213107.578} is the archive's local time), so turning
 * it into an instant needs the zone the caller knows the sender uses.
 *
 * @param offset the offset written in the value, or null
 */
public record DicomDateTime(LocalDateTime local, ZoneOffset offset) {

    public DicomDateTime {
        Objects.requireNonNull(local, "local");
    }

    public static DicomDateTime parse(String text) {
        return DicomTemporal.parseDateTime(text);
    }

    public Optional<ZoneOffset> explicitOffset() {
        return Optional.ofNullable(offset);
    }

    /** The moment this value names: with its own offset if it has one, else in {@code senderZone}. */
    public OffsetDateTime resolve(ZoneId senderZone) {
        if (offset != null) {
            return local.atOffset(offset);
        }
        return local.atZone(Objects.requireNonNull(senderZone, "senderZone")).toOffsetDateTime();
    }

    /** The DICOM DT text, e.g. {@code 20261127213107.578} or {@code 20261127213107+0100}. */
    public String toDicomString() {
        String text = DicomTemporal.formatDateTime(local);
        return offset == null ? text : text + DicomTemporal.formatOffset(offset);
    }

    @Override
    public String toString() {
        return toDicomString();
    }
}
