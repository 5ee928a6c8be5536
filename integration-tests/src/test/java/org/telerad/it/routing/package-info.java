/**
 * End-to-end routing against the deployed test stack: a workitem posted the way dcm4chee posts it ends as a task
 * assigned to the radiologist licensed where the patient was scanned, explained and claimable by them.
 */
package org.telerad.it.routing;
