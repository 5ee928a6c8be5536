/** {@code /api/audit}: search (itself audited) and chain verification, for auditors only. */
package org.telerad.shared.audit.rest;
