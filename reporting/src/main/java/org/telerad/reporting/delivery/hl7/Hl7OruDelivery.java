package org.telerad.reporting.delivery.hl7;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.llp.HL7Reader;
import ca.uhn.hl7v2.llp.HL7Writer;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.Endpoint;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannel;

/**
 * Result channel {@code hl7v2-mllp}: sends the ORU^R01 of {@link OruMessages} over one MLLP connection per attempt
 * (UTF-8, MSH-18) and waits up to the endpoint's ACK timeout for the acknowledgement. AA / CA: delivered.
 * AE / CE: failed, retried (the receiver's reason from MSA-3 or ERR). AR / CR: refused, dead-lettered with the
 * receiver's reason. No connection or no answer: unreachable, retried; an ACK that does not belong to the message:
 * failed, retried.
 *
 * <p>Uses HAPI for the message and its framing only (no HAPI connection hub or threads): one plain socket per
 * attempt, closed afterwards, so a receiver that restarts never meets a stale pooled connection. Thread safe.
 */
@ApplicationScoped
public class Hl7OruDelivery implements ResultChannel {

    private static final System.Logger LOG = System.getLogger(Hl7OruDelivery.class.getName());
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final HapiContext context;

    public Hl7OruDelivery() {
        context = new DefaultHapiContext();
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setValidating(false);
        // HAPI's default message id generator writes its counter to a file (id_file) in the working directory;
        // MSH-10 is the attempt's control id anyway, so nothing here needs HAPI's ids to survive a restart
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        context.setValidationContext(ca.uhn.hl7v2.validation.impl.ValidationContextFactory.noValidation());
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.HL7V2_MLLP;
    }

    @Override
    public DeliveryOutcome deliver(SignedReportVersion version, Endpoint endpoint, DeliveryAttemptId attempt) {
        MllpEndpoint to = (MllpEndpoint) endpoint;
        String message;
        try {
            message = parser().encode(OruMessages.oru(version, to, attempt));
        } catch (HL7Exception e) {
            return DeliveryOutcome.refused("the ORU^R01 could not be encoded: " + e.getClass().getSimpleName());
        }
        String where = to.host() + ":" + to.port();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(to.host(), to.port()), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, to.ackTimeout().toMillis()));
            MinLowerLayerProtocol llp = new MinLowerLayerProtocol(false);
            llp.setCharset(StandardCharsets.UTF_8);
            HL7Writer writer = llp.getWriter(socket.getOutputStream());
            HL7Reader reader = llp.getReader(socket.getInputStream());
            writer.writeMessage(message);
            long sent = System.nanoTime();
            String ack = reader.getMessage();
            if (ack == null) {
                // HAPI's reader answers null both on a closed connection and on the socket timeout
                boolean timedOut = System.nanoTime() - sent >= to.ackTimeout().toNanos() - 50_000_000L;
                return DeliveryOutcome.unreachable(timedOut ? "no ACK from " + where + " within "
                        + to.ackTimeout().toSeconds() + " s" : where + " closed the connection without an ACK");
            }
            return acknowledgement(ack, attempt.controlId());
        } catch (SocketTimeoutException e) {
            return DeliveryOutcome.unreachable("no ACK from " + where + " within " + to.ackTimeout().toSeconds()
                    + " s");
        } catch (ConnectException e) {
            return DeliveryOutcome.unreachable(where + " refused the connection");
        } catch (UnknownHostException e) {
            return DeliveryOutcome.unreachable("unknown host " + to.host());
        } catch (IOException | LLPException e) {
            LOG.log(System.Logger.Level.DEBUG, "MLLP to {0}: {1}", where, e.getClass().getName());
            return DeliveryOutcome.unreachable("MLLP to " + where + " failed: " + e.getClass().getSimpleName());
        }
    }

    /** What an ACK says about the message with {@code controlId}. */
    DeliveryOutcome acknowledgement(String ack, String controlId) {
        try {
            Message parsed = parser().parse(ack);
            Terser t = new Terser(parsed);
            String code = value(t, "/MSA-1");
            String acknowledged = value(t, "/MSA-2");
            if (acknowledged != null && !acknowledged.equals(controlId)) {
                return DeliveryOutcome.failed("the ACK acknowledges message " + acknowledged + ", not " + controlId);
            }
            String reason = reason(t);
            if (code == null) {
                return DeliveryOutcome.failed("the ACK has no MSA-1 acknowledgement code");
            }
            return switch (code) {
                case "AA", "CA" -> DeliveryOutcome.delivered(code + " " + controlId);
                case "AR", "CR" -> DeliveryOutcome.refused(code + (reason == null ? "" : ": " + reason));
                case "AE", "CE" -> DeliveryOutcome.failed(code + (reason == null ? "" : ": " + reason));
                default -> DeliveryOutcome.failed("unknown acknowledgement code " + code);
            };
        } catch (HL7Exception e) {
            return DeliveryOutcome.failed("the answer is not an HL7 ACK: " + e.getClass().getSimpleName());
        }
    }

    /** The receiver's explanation: the distinct texts of MSA-3, ERR-8, ERR-3 (original, code text), ERR-1. */
    private static String reason(Terser t) {
        java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
        for (String path : new String[] { "/MSA-3", "/ERR-8", "/ERR-3-9", "/ERR-3-2", "/ERR-1-4-2" }) {
            String v = value(t, path);
            if (v != null) {
                texts.add(v);
            }
        }
        return texts.isEmpty() ? null : String.join("; ", texts);
    }

    private static String value(Terser t, String path) {
        try {
            String v = t.get(path);
            return v == null || v.isBlank() ? null : v.strip();
        } catch (HL7Exception | RuntimeException e) {
            return null;
        }
    }

    private PipeParser parser() {
        return context.getPipeParser();
    }
}
