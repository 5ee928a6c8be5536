/** Report templates per modality and body part: versioned, selectable by radiologists, edited by credentialing admins. */
package org.telerad.reporting.template;
