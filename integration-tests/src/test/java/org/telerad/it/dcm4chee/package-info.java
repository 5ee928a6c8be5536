/**
 * Integration tests of the dcm4chee-arc-light deployment kit (docker/): what the archive configured by the kit
 * sends reaches the deployed Telerad and becomes a task.
 */
package org.telerad.it.dcm4chee;
