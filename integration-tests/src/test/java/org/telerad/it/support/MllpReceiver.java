package org.telerad.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.util.ArrayList;
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
import ca.uhn.hl7v2.util.StandardSocketFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;

/**
 * A HAPI HL7 v2 MLLP receiver (HAPI {@link HL7Service}) on a free 127.0.0.1 port playing a hospital RIS that
 * receives Telerad's ORU^R01: answers AA, or AR with a reason, and can be stopped and started again on the same
 * port. Keeps every message it received (including the refused ones), in order. Thread safe.
 */
public final class MllpReceiver implements AutoCloseable {

    /** One message as received, with the fields the ITs check. */
    public record Received(String controlId, String resultStatus, String reportId, String accession,
            String principalInterpreter, String assistantInterpreter, String statusChangeTime, List<String> text,
            boolean accepted) {
    }

    private final HapiContext context = new DefaultHapiContext();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String refusal;
    private final int port;
    private HL7Service server;

    private MllpReceiver(int port) {
        this.port = port;
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setValidating(false);
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator()); // no id_file for the ACKs
        context.setSocketFactory(new StandardSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return new ServerSocket() {
                    @Override
                    public void bind(SocketAddress endpoint, int backlog) throws IOException {
                        int wanted = endpoint instanceof InetSocketAddress a ? a.getPort() : 0;
                        setReuseAddress(true);
                        super.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), backlog);
                    }
                };
            }
        });
    }

    /** Starts on a free loopback port, answering AA. */
    public static MllpReceiver start() {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        MllpReceiver receiver = new MllpReceiver(free);
        receiver.restart();
        return receiver;
    }

    public int port() {
        return port;
    }

    /** From now on, every message is answered AR with this reason (in ERR-3's text). */
    public MllpReceiver refuse(String reason) {
        refusal = reason;
        return this;
    }

    /** From now on, every message is answered AA. */
    public MllpReceiver accept() {
        refusal = null;
        return this;
    }

    /** Stops listening (connections are refused) until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stopAndWait();
            server = null;
        }
    }

    /** Listens (again) on the same port. */
    public synchronized void restart() {
        if (server != null) {
            return;
        }
        HL7Service started = context.newServer(port, false);
        started.registerApplication(new ReceivingApplication<Message>() {
            @Override
            public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
                String reason = refusal;
                received.add(read(message, reason == null));
                try {
                    return reason == null ? message.generateACK()
                            : message.generateACK(AcknowledgmentCode.AR, new HL7Exception(reason));
                } catch (IOException e) {
                    throw new HL7Exception(e);
                }
            }

            @Override
            public boolean canProcess(Message message) {
                return true;
            }
        });
        try {
            started.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server = started;
    }

    /** Every message received, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The messages received for this Telerad report id (OBR-20), in order. */
    public List<Received> receivedFor(String reportId) {
        return received.stream().filter(r -> reportId.equals(r.reportId())).toList();
    }

    private static Received read(Message message, boolean accepted) throws HL7Exception {
        Terser t = new Terser(message);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String line = t.get("/.OBSERVATION(" + i + ")/OBX-5");
            String type = t.get("/.OBSERVATION(" + i + ")/OBX-2");
            if (type == null) {
                break;
            }
            text.add(line == null ? "" : line);
        }
        return new Received(t.get("/MSH-10"), t.get("/.OBR-25"), t.get("/.OBR-20"), t.get("/.OBR-3-1"),
                t.get("/.OBR-32-1-1"), t.get("/.OBR-33-1-1"), t.get("/.OBR-22"), text, accepted);
    }

    @Override
    public void close() {
        stop();
        try {
            context.close();
        } catch (IOException e) {
            // closing the test receiver
        }
    }
}
