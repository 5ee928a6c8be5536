/**
 * The HL7 v2 adapter (HAPI 2.6): the MLLP listener started with the deployment, reading ORM^O01 / OMI^O23
 * (any version from 2.3 to 2.5.1, parsed into 2.5.1 structures) into {@link org.telerad.routing.hl7.domain.ImagingOrder}s,
 * and the ACK answers. HAPI types do not leave this package.
 */
package org.telerad.routing.hl7.mllp;
