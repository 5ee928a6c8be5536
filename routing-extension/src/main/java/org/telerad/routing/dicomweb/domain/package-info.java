/** What the gateway accepts (one study's resources, read only) and who may read a study through it. */
package org.telerad.routing.dicomweb.domain;
