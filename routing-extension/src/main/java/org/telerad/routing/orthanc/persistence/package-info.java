/** Persistence of the Orthanc connector: the change-log cursors (JDBC, joining the JTA transaction). */
package org.telerad.routing.orthanc.persistence;
