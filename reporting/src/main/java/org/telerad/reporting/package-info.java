/**
 * Reporting: the report lifecycle on a reading task (draft, preliminary, final, addendum), templates,
 * critical findings and their documented communication, and result delivery to the EHR (FHIR DiagnosticReport
 * and HL7 v2 ORU^R01 through a durable outbox). Depends on routing, the registry and the SLA monitor's API.
 */
package org.telerad.reporting;
