/** Subscriptions in table {@code routing_ups_subscription}. */
package org.telerad.routing.upsrs.subscription.persistence;
