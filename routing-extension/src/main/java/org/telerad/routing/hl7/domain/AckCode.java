package org.telerad.routing.hl7.domain;

/** MSA-1 Acknowledgment Code (original mode): AA accepted, AE application error, AR rejected. */
public enum AckCode {
    AA, AE, AR
}
