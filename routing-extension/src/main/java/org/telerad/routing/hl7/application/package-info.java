/**
 * HL7 order intake use cases: keep and audit every message, join orders with reading tasks by accession (and
 * Study Instance UID) whichever arrives first, through the reading task service (re-routing on priority change).
 */
package org.telerad.routing.hl7.application;
