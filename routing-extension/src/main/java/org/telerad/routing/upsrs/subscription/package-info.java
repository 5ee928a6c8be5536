/**
 * UPS-RS subscriptions (RAD-86) and event reports (RAD-87): who watches which workitem (or all of them), and the
 * observer that turns reading-task events into DICOM JSON event reports for the subscribers' open WebSockets.
 */
package org.telerad.routing.upsrs.subscription;
