package org.telerad.routing.upsrs.qido;

import java.util.ArrayList;
import java.util.List;

import org.telerad.routing.enrichment.domain.ArchiveUnreachable;
import org.telerad.routing.enrichment.domain.SeriesFacts;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomFormatException;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.Tag;

/**
 * Reads a series-level QIDO-RS answer ({@code application/dicom+json}, an array of series) into
 * {@link SeriesFacts}: Series Instance UID, Modality, Body Part Examined, Institution Name, Study Description and
 * Retrieve AE Title. A series without a UID is skipped; unknown and private attributes are ignored.
 */
public final class QidoSeriesAnswer {

    private static final DicomJson JSON = DicomJson.standard();

    private QidoSeriesAnswer() {
    }

    /** The series of the answer; an empty body is an empty list. */
    public static List<SeriesFacts> read(byte[] body) {
        if (body == null || body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return List.of();
        }
        List<DicomAttributes> items;
        try {
            items = JSON.readList(body);
        } catch (DicomFormatException e) {
            throw new ArchiveUnreachable("the archive's QIDO answer is not DICOM JSON");
        }
        List<SeriesFacts> series = new ArrayList<>(items.size());
        for (DicomAttributes s : items) {
            String uid = s.string(Tag.SeriesInstanceUID).orElse(null);
            if (uid == null || uid.isBlank()) {
                continue;
            }
            List<String> aes = s.strings(Tag.RetrieveAETitle);
            series.add(new SeriesFacts(uid, s.string(Tag.Modality).orElse(null),
                    s.string(Tag.BodyPartExamined).orElse(null), s.string(Tag.InstitutionName).orElse(null),
                    s.string(Tag.StudyDescription).orElse(null), aes.isEmpty() ? null : String.join("\\", aes)));
        }
        return series;
    }
}
