package org.telerad.routing.upsrs.ws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;

import org.telerad.routing.upsrs.subscription.SubscriberSessions;
import org.telerad.shared.security.Roles;

/**
 * {@code ws://<host>/telerad/ws/subscribers/{aet}}: the channel on which a UPS-RS subscriber receives event
 * reports (DICOM JSON text messages), as the subscribe call's {@code Location} names it. The upgrade request
 * must carry a bearer token ({@code /ws/*} is constrained in web.xml); a service may listen as any AE title, a
 * radiologist only as their own username.
 */
@ServerEndpoint(value = "/ws/subscribers/{aet}", configurator = SubscriberEndpoint.Handshake.class)
public class SubscriberEndpoint {

    private static final String MAY_LISTEN_AS = "telerad.mayListenAs";

    private Consumer<String> channel;
    private String aet;

    @OnOpen
    public void open(Session session, EndpointConfig config, @PathParam("aet") String aet) throws IOException {
        String principal = session.getUserPrincipal() == null ? null : session.getUserPrincipal().getName();
        boolean service = principal != null && Boolean.TRUE.equals(
                config.getUserProperties().get(MAY_LISTEN_AS + "." + principal));
        if (principal == null || !(service || aet.equals(principal))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    "not allowed to listen as this AE title"));
            return;
        }
        // A UPS event subscriber (an archive, a watcher) may listen for hours without sending a frame: never drop
        // it for being idle; a closed connection still ends the session.
        session.setMaxIdleTimeout(0);
        this.aet = aet;
        this.channel = message -> {
            try {
                synchronized (session) {
                    session.getBasicRemote().sendText(message);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        SubscriberSessions.open(aet, channel);
    }

    @OnClose
    public void close(Session session) {
        if (channel != null) {
            SubscriberSessions.close(aet, channel);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }

    /**
     * Records at the upgrade, keyed by principal (the endpoint configuration is shared by all connections),
     * whether the caller is a Telerad service; the session itself knows the principal but not its roles.
     */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            if (request.getUserPrincipal() != null) {
                config.getUserProperties().put(MAY_LISTEN_AS + "." + request.getUserPrincipal().getName(),
                        request.isUserInRole(Roles.TELERAD_SERVICE));
            }
        }
    }
}
