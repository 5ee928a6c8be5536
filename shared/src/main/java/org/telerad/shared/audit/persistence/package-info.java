/**
 * The audit trail on PostgreSQL: appends serialised by a transaction-scoped advisory lock (so the chain stays
 * linear across threads and nodes), searches, and HMAC-signed checkpoints.
 */
package org.telerad.shared.audit.persistence;
