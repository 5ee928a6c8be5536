package org.telerad.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Telerad's REST API under {@code /telerad/api}; resources and providers are discovered from every module. */
@ApplicationPath("/api")
public class TeleradApplication extends Application {
}
