package org.telerad.routing.upsrs.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.reporting.application.PerformedProcedureSteps;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask.CancellationOutcome;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.StateChange;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.upsrs.dicom.UpsWorkitemTranslator.StateRequest;
import org.telerad.routing.upsrs.dicom.UpsWorkitemTranslator;
import org.telerad.routing.upsrs.dicom.WorkitemQuery;
import org.telerad.routing.upsrs.subscription.SubscriptionFilter;
import org.telerad.routing.upsrs.subscription.SubscriptionService;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.DicomXml;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.BearerTokenClaims;
import org.telerad.shared.security.Roles;

/**
 * {@code /telerad/rs/workitems}: UPS-RS (PS3.18 §11) for the RRR-WF transactions Create (RAD-80), Search
 * (RAD-81), Change State (RAD-82), Retrieve (RAD-83), Update (RAD-84) and Request Cancellation (RAD-88).
 * Archives create (role {@value Roles#TELERAD_SERVICE}, identified by the Keycloak client of their token);
 * services see every workitem, a radiologist the ones assigned to them. Failures answer problem+json with a
 * {@code Warning: 299 telerad: <reason>} header ({@link UpsWarningFilter}).
 */
@Path("workitems")
@RequestScoped
@ServedOnlyBy(UpsRsApplication.class)
public class WorkitemResource {

    static final String DICOM_JSON = "application/dicom+json";
    static final String DICOM_XML = "application/dicom+xml";

    @Inject
    ReadingTaskService tasks;

    @Inject
    Archives archives;

    @Inject
    SubscriptionService subscriptionService;

    @Inject
    WorkitemIntake intake;

    @Inject
    PerformedProcedureSteps performedSteps;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** Create (RAD-80): 201 with Location; the same study again updates its task and says so in a Warning. */
    @POST
    @Consumes({ DICOM_JSON, DICOM_XML })
    @RolesAllowed(Roles.TELERAD_SERVICE)
    public Response create(InputStream body) {
        ConfiguredArchive archive = callingArchive().orElseThrow(() -> TeleradException.forbidden("TELERAD-UPS-031",
                "The credential of this request belongs to no archive configured in Telerad; configure the archive"
                        + " with the Keycloak client it uses."));
        return intake.create(archive, body, headers, uri, uri.getBaseUri());
    }

    /** Search (RAD-81): 200 with the matches as a DICOM JSON array, 204 when none. */
    @GET
    @Produces({ DICOM_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response search() {
        WorkitemQuery query = WorkitemQuery.parse(uri.getQueryParameters());
        List<ReadingTask> found = tasks.search(query.criteria(), query.offset(), query.limit());
        if (found.isEmpty()) {
            return Response.noContent().build();
        }
        boolean more = found.size() > query.limit();
        List<DicomAttributes> page = (more ? found.subList(0, query.limit()) : found).stream()
                .map(this::workitem).toList();
        Response.ResponseBuilder ok = Response.ok(DicomJson.standard().writeList(page), DICOM_JSON);
        if (more) {
            ok.header(UpsWarningFilter.WARNING,
                    UpsWarningFilter.warning("There are additional results that can be requested."));
        }
        return ok.build();
    }

    /** Retrieve (RAD-83): the workitem as DICOM JSON (or XML when asked for). */
    @GET
    @Path("{uid}")
    @Produces({ DICOM_JSON, MediaType.APPLICATION_JSON, DICOM_XML })
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response retrieve(@PathParam("uid") String uid) {
        DicomAttributes workitem = workitem(tasks.get(pathUid(uid)));
        if (prefersXml()) {
            return Response.ok(DicomXml.standard().write(workitem), DICOM_XML).build();
        }
        return Response.ok(DicomJson.standard().write(workitem), DICOM_JSON).build();
    }

    /** Change State (RAD-82): claim (IN PROGRESS), complete or cancel, with the Transaction UID. */
    @PUT
    @Path("{uid}/state")
    @Consumes({ DICOM_JSON, DICOM_XML })
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response changeState(@PathParam("uid") String uid, InputStream body) {
        StateRequest request = UpsWorkitemTranslator.toStateRequest(parse(body, true));
        StateChange change = tasks.changeState(pathUid(uid), request.state(), request.transaction());
        Response.ResponseBuilder ok = Response.ok();
        if (change == StateChange.ALREADY_IN_STATE) {
            ok.header(UpsWarningFilter.WARNING, UpsWarningFilter.warning("The workitem is already in the requested"
                    + " state of " + request.state().dicom() + "."));
        }
        return ok.build();
    }

    /** Change State with the requester's AE title in the path (PS3.18 before 2026). */
    @PUT
    @Path("{uid}/state/{requester}")
    @Consumes({ DICOM_JSON, DICOM_XML })
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response changeStateFor(@PathParam("uid") String uid, @PathParam("requester") String requester,
            InputStream body) {
        return changeState(uid, body);
    }

    /** Update (RAD-84): an IN PROGRESS workitem needs its Transaction UID (query parameter or body). */
    @POST
    @Path("{uid}")
    @Consumes({ DICOM_JSON, DICOM_XML })
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response update(@PathParam("uid") String uid, InputStream body) {
        DicomAttributes ds = parse(body, true);
        Optional<TransactionUid> inQuery = query("transaction-uid").map(TransactionUid::of);
        Optional<TransactionUid> inBody = UpsWorkitemTranslator.transaction(ds);
        if (inQuery.isPresent() && inBody.isPresent() && !inQuery.get().equals(inBody.get())) {
            throw TeleradException.invalid("TELERAD-UPS-019", "The Transaction UID of the query and of the body differ.",
                    List.of(new FieldViolation("(0008,1195)", "differs from the Transaction-uid query parameter")));
        }
        ZoneId zone = callingArchive().map(ConfiguredArchive::timeZone).orElse(ZoneOffset.UTC);
        tasks.update(pathUid(uid), UpsWorkitemTranslator.toChanges(ds, zone), inQuery.or(() -> inBody).orElse(null));
        return Response.ok().build();
    }

    /** Request Cancellation (RAD-88): 202; a SCHEDULED workitem is canceled, an IN PROGRESS one flagged. */
    @POST
    @Path("{uid}/cancelrequest")
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response requestCancellation(@PathParam("uid") String uid, InputStream body) {
        return cancel(uid, query("requester").orElse(null), body);
    }

    /** Request Cancellation with the requester's AE title in the path. */
    @POST
    @Path("{uid}/cancelrequest/{requester}")
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response requestCancellationBy(@PathParam("uid") String uid, @PathParam("requester") String requester,
            InputStream body) {
        return cancel(uid, requester, body);
    }

    private Response cancel(String uid, String requester, InputStream body) {
        DicomAttributes ds = parse(body, false);
        CancellationOutcome outcome = tasks.requestCancellation(pathUid(uid),
                UpsWorkitemTranslator.cancellationReason(ds).orElse(null), requester);
        Response.ResponseBuilder accepted = Response.accepted();
        if (outcome == CancellationOutcome.REQUESTED) {
            accepted.header(UpsWarningFilter.WARNING, UpsWarningFilter.warning("The workitem is IN PROGRESS: its"
                    + " performer has been asked to cancel it."));
        }
        return accepted.build();
    }

    /**
     * Subscribe (RAD-86) to one workitem, to all with the global UID 1.2.840.10008.5.1.4.34.5, or to those matching
     * the query's matching keys with the filtered global UID 1.2.840.10008.5.1.4.34.5.1 ({@link SubscriptionFilter}):
     * 201 with {@code Location} = the WebSocket on which event reports arrive.
     */
    @POST
    @Path("{uid}/subscribers/{subscriber}")
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response subscribe(@PathParam("uid") String uid, @PathParam("subscriber") String subscriber) {
        // matching keys narrow only a filtered global subscription; anywhere else they are refused, never ignored
        SubscriptionFilter filter = SubscriptionFilter.of(uri.getQueryParameters());
        subscriptionsOf().subscribe(uid, subscriber, query("deletionlock").map(Boolean::parseBoolean).orElse(false),
                filter);
        URI base = uri.getBaseUri();
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        String path = base.getRawPath().replaceFirst("/rs/?$", "") + "/ws/subscribers/" + subscriber;
        return Response.created(URI.create(scheme + "://" + base.getRawAuthority() + path)).build();
    }

    /** Unsubscribe. */
    @jakarta.ws.rs.DELETE
    @Path("{uid}/subscribers/{subscriber}")
    @RolesAllowed({ Roles.TELERAD_SERVICE, Roles.RADIOLOGIST })
    public Response unsubscribe(@PathParam("uid") String uid, @PathParam("subscriber") String subscriber) {
        subscriptionsOf().unsubscribe(uid, subscriber);
        return Response.ok().build();
    }

    /** Suspend a global subscription: existing workitem subscriptions stay. */
    @POST
    @Path("{uid}/subscribers/{subscriber}/suspend")
    @RolesAllowed({ Roles.TELERAD_SERVICE })
    public Response suspend(@PathParam("uid") String uid, @PathParam("subscriber") String subscriber) {
        subscriptionsOf().suspendGlobal(uid, subscriber);
        return Response.ok().build();
    }

    /** The task as a workitem; a COMPLETED one with what was performed, when its report's signature recorded it. */
    private DicomAttributes workitem(ReadingTask task) {
        TaskCompletion performed = task.state() == ProcedureStepState.COMPLETED
                ? performedSteps.of(task.uid().value()).orElse(null) : null;
        return UpsWorkitemTranslator.toDicom(task, performed, uri.getBaseUri());
    }

    private SubscriptionService subscriptionsOf() {
        return subscriptionService;
    }

    private Optional<ConfiguredArchive> callingArchive() {
        return BearerTokenClaims.fromAuthorizationHeader(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(BearerTokenClaims::clientId)
                .flatMap(archives::byClientId);
    }

    /** The body as a data set; {@code required} false lets an empty body be an empty data set. */
    private DicomAttributes parse(InputStream body, boolean required) {
        return WorkitemIntake.parse(body, headers, required);
    }

    private Optional<String> query(String name) {
        return WorkitemIntake.query(uri, name);
    }

    private static WorkitemUid pathUid(String uid) {
        return UpsWorkitemTranslator.workitemUid(uid, "{uid}");
    }

    private boolean prefersXml() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.getSubtype().equalsIgnoreCase("dicom+json")
                    || type.getSubtype().equalsIgnoreCase("json")) {
                return false;
            }
            if (type.getSubtype().equalsIgnoreCase("dicom+xml")) {
                return true;
            }
        }
        return false;
    }
}
