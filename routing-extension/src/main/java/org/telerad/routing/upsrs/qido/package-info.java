/**
 * The archive-query adapter: series-level QIDO-RS over the JDK HTTP client, answers read as DICOM JSON. Serves
 * the enrichment port {@code org.telerad.routing.enrichment.domain.ArchiveQuery}.
 */
package org.telerad.routing.upsrs.qido;
