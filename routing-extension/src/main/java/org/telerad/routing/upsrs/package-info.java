/**
 * UPS-RS (DICOM PS3.18 §11), Telerad's Task Manager interface for the IHE RRR-WF transactions RAD-80..88, at
 * {@code /telerad/rs/workitems}: DICOM translation in {@code dicom}, the JAX-RS edge in {@code rest}.
 */
package org.telerad.routing.upsrs;
