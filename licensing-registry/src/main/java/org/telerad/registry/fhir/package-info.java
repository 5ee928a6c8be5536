/**
 * The registry's FHIR R4 adapter (HAPI FHIR): Organization = facility, Practitioner = radiologist with its
 * licenses (Da Vinci Plan-Net qualifications), PractitionerRole = privilege. Resource providers are CDI beans
 * that the WAR's FHIR server collects; mappers translate both ways and name offending elements with FHIRPath
 * in OperationOutcome issues. Every read and write goes through the registry's application services, so
 * roles, facility scope and audit are those of the REST API. HAPI types never leave this package.
 */
package org.telerad.registry.fhir;
