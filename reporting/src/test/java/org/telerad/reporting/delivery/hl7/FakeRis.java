package org.telerad.reporting.delivery.hl7;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;

/** A HAPI MLLP receiver on a free loopback port answering AA, AE or AR (with a reason), or not at all. */
final class FakeRis implements AutoCloseable {

    enum Answer { AA, AE, AR, SILENCE }

    private final HapiContext context = new DefaultHapiContext();
    private final HL7Service server;
    private final int port;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer = Answer.AA;
    private volatile String reason = "";

    FakeRis() throws IOException, InterruptedException {
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setValidating(false);
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator()); // no id_file for the ACKs
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        server = context.newServer(port, false);
        server.registerApplication(new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                try {
                    received.add(message.encode());
                    switch (answer) {
                        case SILENCE:
                            Thread.sleep(5_000);
                            return message.generateACK();
                        case AE:
                            return message.generateACK(AcknowledgmentCode.AE, new HL7Exception(reason));
                        case AR:
                            return message.generateACK(AcknowledgmentCode.AR, new HL7Exception(reason));
                        default:
                            return message.generateACK();
                    }
                } catch (IOException | InterruptedException e) {
                    throw new HL7Exception(e);
                }
            }

            @Override
            public boolean canProcess(Message message) {
                return true;
            }
        });
        server.startAndWait();
    }

    FakeRis answering(Answer answer, String reason) {
        this.answer = answer;
        this.reason = reason;
        return this;
    }

    int port() {
        return port;
    }

    List<String> received() {
        return received;
    }

    @Override
    public void close() throws IOException {
        server.stopAndWait();
        context.close();
    }
}
