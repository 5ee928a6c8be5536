/**
 * FHIR intake: the {@code ImagingStudy} an archive's FHIR exporter POSTs to {@code /telerad/fhir/ImagingStudy}
 * (R5 JSON by default, R4 too), read leniently and turned into the same reading request as a UPS-RS create, so
 * the same study arriving by either path creates or revises one task.
 */
package org.telerad.routing.fhir;
