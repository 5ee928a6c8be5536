/**
 * The HL7 v2 adapter of result delivery: {@link org.telerad.reporting.delivery.hl7.Hl7OruDelivery} builds an
 * ORU^R01 (v2.5.1) from a signed report version and sends it over MLLP, waiting for the receiver's ACK. HAPI HL7
 * types stop here.
 */
package org.telerad.reporting.delivery.hl7;
