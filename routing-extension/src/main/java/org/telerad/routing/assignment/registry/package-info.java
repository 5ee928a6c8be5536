/**
 * Routing's assignment ports answered by the licensing registry's public API: shift windows
 * ({@link org.telerad.routing.assignment.registry.RegistryShifts}).
 */
package org.telerad.routing.assignment.registry;
