/**
 * Imaging orders as Telerad understands them, independent of HAPI: the order read from a message, the header
 * every message is kept with, the refusal of a message, and the policy joining an order with a reading task.
 */
package org.telerad.routing.hl7.domain;
