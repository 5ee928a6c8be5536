/**
 * Result delivery: every signed report version goes to the EHR of the ordering facility through the facility's
 * result channels (FHIR R4 DiagnosticReport, HL7 v2.5.1 ORU^R01 over MLLP), by way of a durable outbox written in
 * the signing transaction and drained by a worker that retries with backoff and dead-letters what the receiver
 * refuses. Features: {@code channel} (configuration per facility and the {@code ResultChannel} extension point),
 * {@code outbox} (queued deliveries, attempts, dead letters), adapters {@code fhir} and {@code hl7}.
 */
package org.telerad.reporting.delivery;
