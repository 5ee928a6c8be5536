/**
 * REST for reports: {@code /api/tasks/{uid}/report} (read, draft, sign, addenda, corrections, critical findings)
 * and {@code /api/reports/{id}} with its versions.
 */
package org.telerad.reporting.report.rest;
