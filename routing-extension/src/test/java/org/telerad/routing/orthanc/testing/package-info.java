/** Test support for the Orthanc connector: an in-memory Orthanc, in-memory cursors and synthetic studies. */
package org.telerad.routing.orthanc.testing;
