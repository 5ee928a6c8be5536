/**
 * UPS workitem data sets (DICOM JSON/XML model) to and from reading tasks, and UPS-RS query parameters to
 * task criteria. The domain never sees a DICOM tag.
 */
package org.telerad.routing.upsrs.dicom;
