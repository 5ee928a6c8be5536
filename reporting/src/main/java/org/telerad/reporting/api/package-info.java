/**
 * What the report lifecycle offers result delivery (and anything else that observes reports): the event fired
 * when a report version is signed, and the read model of a signed version. Signed versions are immutable.
 */
package org.telerad.reporting.api;
