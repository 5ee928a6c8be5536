/** {@code /api/facilities/{code}/result-channels}: a facility's result channels over REST (JSON, ETag = version). */
package org.telerad.reporting.delivery.channel.rest;
