/** The Orthanc connector against the deployed test stack and its real Orthanc (storescu in, tasks out). */
package org.telerad.it.orthanc;
