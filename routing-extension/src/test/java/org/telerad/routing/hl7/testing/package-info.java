/** Sample HL7 messages and in-memory fakes for the HL7 order intake tests. */
package org.telerad.routing.hl7.testing;
