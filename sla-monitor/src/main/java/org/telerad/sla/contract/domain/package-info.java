/**
 * Turnaround contracts: what a facility bought (targets per priority, read type and modality, a hard
 * ceiling, when the clock starts, the warning share, the escalation ladder and the maximum wait), validated
 * and versioned. Pure Java: no container, protocol or persistence types.
 */
package org.telerad.sla.contract.domain;
