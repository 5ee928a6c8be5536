package org.telerad.routing.hl7.mllp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;

import ca.uhn.hl7v2.util.StandardSocketFactory;

/**
 * HAPI binds its listening socket to every interface; this factory hands it a server socket that binds to the
 * given address instead (127.0.0.1 by default, like every other Telerad port).
 */
final class LoopbackSocketFactory extends StandardSocketFactory {

    private final InetAddress bindAddress;

    LoopbackSocketFactory(InetAddress bindAddress) {
        this.bindAddress = bindAddress;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public void bind(SocketAddress endpoint, int backlog) throws IOException {
                int port = endpoint instanceof InetSocketAddress a ? a.getPort() : 0;
                super.bind(new InetSocketAddress(bindAddress, port), backlog);
            }
        };
    }
}
