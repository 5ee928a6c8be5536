/**
 * The read-only DICOMweb gateway ({@code /telerad/dicom-web/*}): the viewer reads a study's QIDO-RS and WADO-RS
 * answers through Telerad, which checks the caller's bearer token and that they may read a task of that study,
 * forwards to the task's archive and audits the access. No patient lists: every request names one study.
 */
package org.telerad.routing.dicomweb;
