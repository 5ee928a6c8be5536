/** {@code /api/sla/turnaround}: turnaround reports over HTTP, as JSON or CSV downloads. */
package org.telerad.sla.report.rest;
