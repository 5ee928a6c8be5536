/** The viewer link of a reading task ({@code GET /api/tasks/{uid}/viewer}) and the OHIF viewer it leads to. */
package org.telerad.it.viewer;
