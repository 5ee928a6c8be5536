/**
 * Routing: reading tasks (the UPS workitems Telerad manages as IHE RRR-WF Task Manager), their intake from
 * archives and RIS, and jurisdiction-aware assignment to a radiologist who may legally read them. Uses the
 * registry only through {@code org.telerad.registry.api}.
 */
package org.telerad.routing;
