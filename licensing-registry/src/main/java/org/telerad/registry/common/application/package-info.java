/**
 * What the registry's application services share: resolving the current caller (or the system caller
 * during start-up seeding), refusing with a reason, optimistic version checks and audit entries.
 */
package org.telerad.registry.common.application;
