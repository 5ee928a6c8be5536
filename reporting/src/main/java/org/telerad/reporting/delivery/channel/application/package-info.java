/**
 * Managing a facility's result channels: credentialing admins add, change and remove them (validated, audited,
 * secrets write-only); facility admins and auditors read them. Thin: load, call, store, audit.
 */
package org.telerad.reporting.delivery.channel.application;
