/**
 * The DICOM data model as Telerad exchanges it with archives: the DICOM JSON model (PS3.18 Annex F.2)
 * and the Native DICOM Model XML (PS3.19 Annex A), read into immutable {@link org.telerad.shared.dicom.DicomAttributes}
 * and written back as compact JSON. No DICOM toolkit is used; JSON goes through Jackson's streaming API
 * and XML through the JDK's StAX with external entities disabled.
 *
 * <p>Reading is lenient where real archives are sloppy (empty Specific Character Set, {@code Value} absent
 * or empty, private tags, DT without offset, numbers as strings) and strict where a mistake would change
 * meaning (tag keys, value types per VR, the VR of a known tag); every refusal is a
 * {@link org.telerad.shared.dicom.DicomFormatException} naming the tag path and never echoing values.
 */
package org.telerad.shared.dicom;
