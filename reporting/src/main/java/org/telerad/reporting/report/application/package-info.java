/**
 * Report use cases, each one transaction: load (locked), check who may act (the signing policies with the
 * registry's answer at that instant), let the aggregate decide, store, audit, then stop the SLA clock, fire
 * {@link org.telerad.reporting.api.ReportVersionSigned} and complete the task when the signature finishes its
 * read type. Also the read model {@link org.telerad.reporting.api.SignedReports}.
 */
package org.telerad.reporting.report.application;
