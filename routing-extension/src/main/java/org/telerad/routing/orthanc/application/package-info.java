/**
 * The Orthanc connector's use cases: following the change log ({@code OrthancConnector}), taking a page in as
 * one transaction with the cursor ({@code OrthancTakeIn}), and its configuration ({@code OrthancSettings}).
 */
package org.telerad.routing.orthanc.application;
