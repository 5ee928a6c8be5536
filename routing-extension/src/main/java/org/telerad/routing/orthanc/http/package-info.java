/** The Orthanc connector's HTTP adapter: Orthanc's REST JSON translated into the connector's domain. */
package org.telerad.routing.orthanc.http;
