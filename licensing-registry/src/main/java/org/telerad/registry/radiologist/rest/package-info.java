/** REST resources for radiologists and their licenses under {@code /api/radiologists}. */
package org.telerad.registry.radiologist.rest;
