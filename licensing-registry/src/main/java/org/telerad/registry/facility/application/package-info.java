/** Use cases on facilities: open, read, revise, deactivate, reactivate and search. */
package org.telerad.registry.facility.application;
