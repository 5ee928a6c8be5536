/**
 * The gateway servlet: streams the archive's answer back to the caller and rewrites the archive's own URLs in
 * DICOM JSON answers (Retrieve URL, BulkDataURI) to the gateway's.
 */
package org.telerad.routing.dicomweb.http;
