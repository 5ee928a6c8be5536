/**
 * Eligibility, persistence: reads the registry's tables (owned by the radiologist, license, facility and
 * privilege features) with plain SQL in one repeatable-read transaction to build a snapshot, and reads the
 * registry revision that database triggers bump on every committed change of those tables.
 */
package org.telerad.registry.eligibility.persistence;
