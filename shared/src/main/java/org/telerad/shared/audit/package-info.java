/**
 * The audit trail: every change and every read of personal data, with DICOM PS3.15 event codes so it can be
 * sent as ATNA, in an append-only, hash-chained table whose verification names the first broken entry.
 */
package org.telerad.shared.audit;
