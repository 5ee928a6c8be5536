/**
 * Archive connectors: the SPI ({@link org.telerad.routing.archive.connector.ArchiveConnector}) for pulling work
 * from an archive's change feed, and the polling that calls each enabled connector.
 */
package org.telerad.routing.archive.connector;
