package org.telerad.reporting.delivery.channel.application;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.FacilityResidency;
import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.Endpoint;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.reporting.delivery.channel.domain.Secret;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * A facility's result channels: read by credentialing admins, auditors and the facility's own admins; added,
 * changed (If-Match version) and removed by credentialing admins. Every change is audited without its secret.
 */
@ApplicationScoped
public class ChannelAdministration {

    @Inject
    ResultChannels channels;

    @Inject
    FacilityResidency facilities;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    /** For CDI. */
    protected ChannelAdministration() {
    }

    public ChannelAdministration(ResultChannels channels, FacilityResidency facilities, AuditTrail audit,
            CurrentCaller caller) {
        this.channels = channels;
        this.facilities = facilities;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public List<ChannelView> list(String facilityCode) {
        String facility = readable(facilityCode);
        return channels.of(facility).stream().map(ChannelView::of).toList();
    }

    @Transactional
    public ChannelView get(String facilityCode, String channelId) {
        return ChannelView.of(existing(readable(facilityCode), channelId));
    }

    @Transactional
    public ChannelView add(String facilityCode, ChannelRequest request) {
        String facility = known(facilityCode);
        ChannelRequest r = required(request);
        ChannelConfiguration channel = ChannelConfiguration.open(facility, r.name(), enabled(r),
                endpoint(r, null));
        if (!channels.add(channel)) {
            throw TeleradException.conflict(DeliveryErrors.DUPLICATE_CHANNEL_NAME,
                    "facility " + facility + " already has a result channel named '" + channel.name() + "'");
        }
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.CREATE, "ResultChannel",
                channel.id().toString(), facility, "result channel '" + channel.name() + "' (" + channel.kind().code()
                        + ") added, " + describe(channel)));
        return ChannelView.of(channel);
    }

    @Transactional
    public ChannelView change(String facilityCode, String channelId, Long ifMatch, ChannelRequest request) {
        String facility = known(facilityCode);
        ChannelConfiguration current = existing(facility, channelId);
        matches(current, ifMatch);
        ChannelRequest r = required(request);
        ChannelConfiguration changed = current.changedTo(r.name(), enabled(r), endpoint(r, current));
        if (!channels.replace(changed)) {
            throw TeleradException.preconditionFailed(DeliveryErrors.STALE_VERSION,
                    "the result channel changed meanwhile; read it again");
        }
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.UPDATE, "ResultChannel",
                changed.id().toString(), facility, "result channel '" + changed.name() + "' changed to "
                        + describe(changed) + secretNote(current, r)));
        return ChannelView.of(changed);
    }

    @Transactional
    public void remove(String facilityCode, String channelId, Long ifMatch) {
        String facility = known(facilityCode);
        ChannelConfiguration current = existing(facility, channelId);
        matches(current, ifMatch);
        channels.remove(current.id());
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.DELETE, "ResultChannel",
                current.id().toString(), facility, "result channel '" + current.name() + "' removed"));
    }

    /**
     * Seals stored secrets that are in clear or under a previous key with the current key (at startup, as the
     * system; not audited: no configuration changes, only how its secrets are stored).
     */
    @Transactional
    public ResultChannels.SealingPass sealStoredSecrets() {
        return channels.sealStoredSecrets();
    }

    private String readable(String facilityCode) {
        String facility = known(facilityCode);
        Caller who = caller.get();
        if (who.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)
                || who.hasRole(Roles.FACILITY_ADMIN) && who.managesFacility(facility)) {
            return facility;
        }
        throw TeleradException.forbidden(DeliveryErrors.FORBIDDEN_FACILITY,
                "you may not see the result channels of facility " + facility);
    }

    private String known(String facilityCode) {
        String code = facilityCode == null ? "" : facilityCode.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty() || facilities.residencyRegionOf(code).isEmpty()) {
            throw TeleradException.notFound(DeliveryErrors.UNKNOWN_FACILITY, "no facility with code '"
                    + (code.length() > 64 ? code.substring(0, 64) : code) + "'");
        }
        return code;
    }

    private ChannelConfiguration existing(String facility, String channelId) {
        UUID id;
        try {
            id = UUID.fromString(channelId == null ? "" : channelId.strip());
        } catch (IllegalArgumentException e) {
            throw TeleradException.notFound(DeliveryErrors.UNKNOWN_CHANNEL, "no result channel with this id");
        }
        return channels.find(id).filter(c -> c.facilityCode().equals(facility)).orElseThrow(() ->
                TeleradException.notFound(DeliveryErrors.UNKNOWN_CHANNEL,
                        "facility " + facility + " has no result channel " + id));
    }

    private static void matches(ChannelConfiguration current, Long ifMatch) {
        if (ifMatch == null) {
            throw new TeleradException(TeleradException.Kind.PRECONDITION_REQUIRED, DeliveryErrors.VERSION_REQUIRED,
                    "send If-Match with the channel's version (its ETag)");
        }
        if (ifMatch != current.version()) {
            throw TeleradException.preconditionFailed(DeliveryErrors.STALE_VERSION,
                    "the result channel is at version " + current.version() + ", not " + ifMatch);
        }
    }

    private static ChannelRequest required(ChannelRequest request) {
        if (request == null) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, "body", "a channel is required");
        }
        return request;
    }

    private static boolean enabled(ChannelRequest r) {
        return r.enabled() == null || r.enabled();
    }

    /** The endpoint of a request; a left-out secret is taken from {@code current} when the method is unchanged. */
    static Endpoint endpoint(ChannelRequest r, ChannelConfiguration current) {
        ChannelKind kind = ChannelKind.ofCode(r.kind()).orElseThrow(() -> TeleradException.invalid(
                DeliveryErrors.INVALID_CHANNEL, "kind", "kind must be fhir-r4 or hl7v2-mllp"));
        if (kind == ChannelKind.FHIR_R4) {
            if (r.fhir() == null || r.hl7() != null) {
                throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, "fhir",
                        "a fhir-r4 channel needs fhir settings (and no hl7 settings)");
            }
            return FhirEndpoint.of(r.fhir().baseUrl(), auth(r.fhir().auth(), current), r.fhir().timeoutSeconds());
        }
        if (r.hl7() == null || r.fhir() != null) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, "hl7",
                    "an hl7v2-mllp channel needs hl7 settings (and no fhir settings)");
        }
        ChannelRequest.Hl7 h = r.hl7();
        return MllpEndpoint.of(h.host(), h.port(), h.sendingApplication(), h.sendingFacility(),
                h.receivingApplication(), h.receivingFacility(), h.ackTimeoutSeconds());
    }

    private static FhirAuth auth(ChannelRequest.Auth a, ChannelConfiguration current) {
        String type = a == null || a.type() == null ? "none" : a.type().strip().toLowerCase(Locale.ROOT);
        if (type.equals("none")) {
            if (a != null && a.secret() != null) {
                throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, "auth.secret",
                        "auth type none takes no secret");
            }
            return new FhirAuth.None();
        }
        if (!List.of("bearer", "basic", "oauth-client-credentials").contains(type)) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, "auth.type",
                    "auth.type must be none, bearer, basic or oauth-client-credentials");
        }
        Secret secret;
        if (a.secret() == null && current != null && current.secretFor(type) != null) {
            secret = current.secretFor(type);
        } else {
            secret = Secret.of("auth.secret", a.secret());
        }
        return switch (type) {
            case "bearer" -> new FhirAuth.StaticBearer(secret);
            case "basic" -> new FhirAuth.Basic(a.username(), secret);
            default -> new FhirAuth.ClientCredentials(FhirEndpoint.tokenUrl(a.tokenUrl()), a.clientId(), secret,
                    a.scope());
        };
    }

    private static String describe(ChannelConfiguration c) {
        String where = c.endpoint() instanceof FhirEndpoint f ? f.baseUrl() + " (auth " + f.auth().type() + ")"
                : ((MllpEndpoint) c.endpoint()).host() + ":" + ((MllpEndpoint) c.endpoint()).port();
        return where + (c.enabled() ? ", enabled" : ", disabled");
    }

    private static String secretNote(ChannelConfiguration before, ChannelRequest r) {
        boolean given = r.fhir() != null && r.fhir().auth() != null && r.fhir().auth().secret() != null;
        return given ? "; secret replaced" : "";
    }
}
