/** {@code /api/sla/contracts}: turnaround contracts over HTTP (JSON, ETag = version, If-Match on revision). */
package org.telerad.sla.contract.rest;
