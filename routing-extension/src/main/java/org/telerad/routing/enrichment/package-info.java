/**
 * Enrichment of reading tasks from their archive: the UPS body an archive posts carries no modality, body part or
 * institution, so Telerad asks the archive (series-level QIDO-RS), recognises the facility through the
 * registry's {@code FacilityDirectory}, and only then routes. An unreachable archive leaves the task SCHEDULED
 * and unroutable, with the reason, and a scheduled retry enriches it later: a task is never dropped.
 */
package org.telerad.routing.enrichment;
