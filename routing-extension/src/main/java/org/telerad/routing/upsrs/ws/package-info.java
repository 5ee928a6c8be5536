/** The WebSocket through which UPS-RS subscribers receive event reports ({@code /telerad/ws/subscribers/{aet}}). */
package org.telerad.routing.upsrs.ws;
