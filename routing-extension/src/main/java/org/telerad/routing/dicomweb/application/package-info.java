/** Authorises a gateway request for a study and audits the access once per caller and study per window. */
package org.telerad.routing.dicomweb.application;
