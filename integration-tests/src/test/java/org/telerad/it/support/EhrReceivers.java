package org.telerad.it.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: a hospital's result receivers for the test class, both on 127.0.0.1 and free ports — a real
 * HAPI FHIR R4 server ({@link FhirReceiver}) and a HAPI HL7 v2 MLLP receiver ({@link MllpReceiver}). Started
 * before all tests, stopped after them; before each test both are running and accept again.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final EhrReceivers EHR = new EhrReceivers();
 * ... EHR.fhir().baseUrl(), EHR.mllp().port(), EHR.mllp().refuse("Unknown order"), EHR.fhir().stop() ...
 * </pre>
 */
public final class EhrReceivers implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private FhirReceiver fhir;
    private MllpReceiver mllp;

    @Override
    public void beforeAll(ExtensionContext context) {
        fhir = FhirReceiver.start();
        mllp = MllpReceiver.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fhir.restart();
        fhir.accept();
        fhir.requireBearer((String) null);
        mllp.restart();
        mllp.accept();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (fhir != null) {
            fhir.close();
        }
        if (mllp != null) {
            mllp.close();
        }
    }

    public FhirReceiver fhir() {
        return fhir;
    }

    public MllpReceiver mllp() {
        return mllp;
    }
}
