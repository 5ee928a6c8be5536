/**
 * Telerad's shared kernel: the caller's security context, the tamper-evident audit trail and the
 * error model every module answers with. Modules depend on it; it depends on no module.
 */
package org.telerad.shared;
