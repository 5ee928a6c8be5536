package org.telerad.reporting.delivery.channel.domain;

/** Where a channel delivers: a FHIR server or an MLLP receiver. */
public sealed interface Endpoint permits FhirEndpoint, MllpEndpoint {

    ChannelKind kind();
}
