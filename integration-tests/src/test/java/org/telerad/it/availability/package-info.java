/**
 * Integration tests of reading windows (availability) against the deployed WAR: a privilege's
 * {@code availableTimes} through REST, read back as FHIR {@code PractitionerRole.availableTime}, and precise
 * refusals of bad windows.
 */
package org.telerad.it.availability;
