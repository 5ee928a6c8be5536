/**
 * HL7 v2 order intake: ORM^O01 and OMI^O23 (v2.3 to v2.5.1) received over MLLP, every message kept, orders
 * joined with the reading tasks of their images by accession number (and Study Instance UID when present).
 */
package org.telerad.routing.hl7;
