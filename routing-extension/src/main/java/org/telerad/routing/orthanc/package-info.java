/**
 * The Orthanc connector (the local default PACS): follows Orthanc's {@code /changes} from a cursor persisted in
 * PostgreSQL and takes stable studies (STAT ones at their first instance) in as reading tasks, through the same
 * intake as the UPS-RS create.
 */
package org.telerad.routing.orthanc;
