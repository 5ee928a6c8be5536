package org.telerad.shared.dicom;

/**
 * How much input a reader accepts before refusing it as too large ({@code TELERAD-DICOM-009}, HTTP 413).
 *
 * @param maxBytes size of the whole document
 * @param maxElements attributes, values and sequence items in the whole document, counted together
 * @param maxDepth sequence nesting: 0 means no sequences, 1 items of top-level sequences, ...
 * @param maxStringLength characters of one text value
 * @param maxBinaryLength characters of one InlineBinary value
 */
public record DicomLimits(long maxBytes, int maxElements, int maxDepth, int maxStringLength, int maxBinaryLength) {

    public DicomLimits {
        if (maxBytes < 1 || maxElements < 1 || maxDepth < 0 || maxStringLength < 1 || maxBinaryLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 16 MiB, 100,000 elements, 16 levels of sequences, 64 Ki characters per value, 8 Mi per InlineBinary. */
    public static DicomLimits defaults() {
        return new DicomLimits(16L << 20, 100_000, 16, 65_536, 8 << 20);
    }

    public DicomLimits withMaxBytes(long value) {
        return new DicomLimits(value, maxElements, maxDepth, maxStringLength, maxBinaryLength);
    }

    public DicomLimits withMaxElements(int value) {
        return new DicomLimits(maxBytes, value, maxDepth, maxStringLength, maxBinaryLength);
    }

    public DicomLimits withMaxDepth(int value) {
        return new DicomLimits(maxBytes, maxElements, value, maxStringLength, maxBinaryLength);
    }

    public DicomLimits withMaxStringLength(int value) {
        return new DicomLimits(maxBytes, maxElements, maxDepth, value, maxBinaryLength);
    }

    public DicomLimits withMaxBinaryLength(int value) {
        return new DicomLimits(maxBytes, maxElements, maxDepth, maxStringLength, value);
    }
}
