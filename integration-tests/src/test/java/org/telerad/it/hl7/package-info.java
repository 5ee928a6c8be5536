/**
 * Integration tests of the HL7 v2 order intake over MLLP against the deployed WAR: orders joined with the
 * images (a dcm4chee-shaped UPS workitem) by accession in either order, and broken messages refused and kept.
 */
package org.telerad.it.hl7;
