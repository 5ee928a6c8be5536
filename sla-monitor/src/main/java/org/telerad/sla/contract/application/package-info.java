/**
 * Turnaround contracts as the application sees them: the {@link org.telerad.sla.contract.application.TurnaroundContracts}
 * port the SLA runtime reads contracts through, and the service that stores a new version (validated, audited).
 */
package org.telerad.sla.contract.application;
