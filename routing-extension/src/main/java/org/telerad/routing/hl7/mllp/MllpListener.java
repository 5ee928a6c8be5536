package org.telerad.routing.hl7.mllp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;

import org.telerad.routing.hl7.application.OrderIntake;
import org.telerad.shared.lifecycle.SchemaMigrated;

/**
 * The HL7 v2 MLLP listener, started with the deployment once the schema is migrated and stopped on undeploy.
 * Listens on {@code telerad.hl7.bind-address} (default 127.0.0.1) and {@code telerad.hl7.port} (the launcher
 * sets 2575 on the dev stack, 12575 on the test stack; without it 2575 + jboss.socket.binding.port-offset);
 * {@code telerad.hl7.enabled=false} turns it off.
 *
 * <p>Threads: HAPI runs its acceptor, one receiver per connection and a connection cleaner as long-running tasks
 * on an {@link ExecutorService} it is given. They come from the container's {@code DefaultManagedThreadFactory}
 * (application context, class loader and naming like any container thread) through a cached pool owned by this
 * bean, not from a {@code ManagedExecutorService}: those tasks block for the life of the listener (the managed
 * executor would report them as hung and bound their number), and the pool must be shut down on undeploy, which
 * a managed executor does not allow.
 */
@ApplicationScoped
public class MllpListener {

    private static final System.Logger LOG = System.getLogger(MllpListener.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    OrderIntake intake;

    @Inject
    Clock clock;

    private ExecutorService executor;
    private HapiContext context;
    private HL7Service server;
    private int port;

    void start(@Observes SchemaMigrated migrated) {
        if (!Boolean.parseBoolean(System.getProperty("telerad.hl7.enabled", "true"))) {
            LOG.log(System.Logger.Level.INFO, "HL7 MLLP listener disabled (telerad.hl7.enabled=false)");
            return;
        }
        port = configuredPort();
        try {
            InetAddress bind = InetAddress.getByName(System.getProperty("telerad.hl7.bind-address", "127.0.0.1"));
            executor = Executors.newCachedThreadPool(threads);
            context = receivingContext(executor, bind);
            server = context.newServer(port, false);
            OrderReceiver receiver = new OrderReceiver(intake::take, new Acknowledgements(clock));
            server.registerApplication(receiver);
            server.setExceptionHandler(receiver);
            server.startAndWait();
            LOG.log(System.Logger.Level.INFO, "HL7 MLLP listener on {0}:{1} (ORM^O01, OMI^O23)",
                    bind.getHostAddress(), Integer.toString(port));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        } catch (UnknownHostException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "HL7 MLLP listener could not start on port {0}: {1}",
                    Integer.toString(port), e.toString());
            stop();
        }
    }

    /** The HAPI context the listener parses with: any v2.x into v2.5.1 structures, without validation. */
    static HapiContext receivingContext(ExecutorService executor, InetAddress bind) {
        HapiContext context = executor == null ? new DefaultHapiContext() : new DefaultHapiContext(executor);
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.getParserConfiguration().setValidating(false);
        context.getParserConfiguration().setIdGenerator(new ControlIds(Clock.systemUTC())); // never HAPI's id_file
        if (bind != null) {
            context.setSocketFactory(new LoopbackSocketFactory(bind));
        }
        return context;
    }

    static int configuredPort() {
        String configured = System.getProperty("telerad.hl7.port");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.strip());
        }
        return 2575 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    @PreDestroy
    void stop() {
        try {
            if (server != null && server.isRunning()) {
                server.stopAndWait();
                LOG.log(System.Logger.Level.INFO, "HL7 MLLP listener on port {0} stopped", Integer.toString(port));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Stopping the HL7 MLLP listener failed: {0}", e.toString());
        } finally {
            server = null;
            if (context != null) {
                try {
                    context.close();
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "closing the HAPI context: {0}", e.toString());
                }
                context = null;
            }
            if (executor != null) {
                executor.shutdownNow();
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                executor = null;
            }
        }
    }
}
