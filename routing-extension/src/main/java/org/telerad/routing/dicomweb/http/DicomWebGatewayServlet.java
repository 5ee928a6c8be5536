package org.telerad.routing.dicomweb.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.telerad.routing.dicomweb.application.DicomWebGateway;
import org.telerad.routing.dicomweb.application.StudyArchive;
import org.telerad.routing.dicomweb.domain.StudyResourceRequest;
import org.telerad.shared.problem.ProblemDetails;
import org.telerad.shared.problem.TeleradException;

/**
 * {@code /telerad/dicom-web/*}: read-only DICOMweb (QIDO-RS, WADO-RS) of one study at a time, for callers who may
 * read a task of that study. The WAR's OIDC bearer-only constraint authenticates every request (web.xml);
 * {@link DicomWebGateway} authorises and audits; this servlet forwards GET and HEAD to the archive, passes Accept
 * and the answer's content type (multipart included) through, streams the body, rewrites the archive's URLs in
 * DICOM JSON, and marks every answer {@code Cache-Control: no-store}. Other methods answer 405. Logs name no
 * study or patient.
 */
@WebServlet(name = "telerad-dicomweb-gateway", urlPatterns = "/dicom-web/*", asyncSupported = false)
public class DicomWebGatewayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(DicomWebGatewayServlet.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final transient HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    transient DicomWebGateway gateway;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            problem(response, request, new TeleradException(TeleradException.Kind.INVALID, "TELERAD-DICOMWEB-008",
                    "The DICOMweb gateway only reads (GET, HEAD): no stores, no deletes."), 405);
            return;
        }
        try {
            StudyResourceRequest read = StudyResourceRequest.parse(request.getPathInfo(), request.getQueryString());
            StudyArchive archive = gateway.authorise(read);
            forward(request, response, read, archive, method.equals("HEAD"));
        } catch (TeleradException e) {
            problem(response, request, e, e.kind().httpStatus());
        }
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, StudyResourceRequest read,
            StudyArchive archive, boolean head) throws IOException {
        URI target = URI.create(archive.base() + read.pathAndQuery());
        HttpRequest.Builder outbound = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .method(head ? "HEAD" : "GET", HttpRequest.BodyPublishers.noBody());
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank()) {
            outbound.header("Accept", accept);
        }
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(outbound.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            unavailable(response, request, "The archive did not answer in time.", 504);
            return;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "DICOMweb gateway: archive " + archive.archiveName()
                    + " unreachable (" + e.getClass().getSimpleName() + ")");
            unavailable(response, request, "The archive cannot be reached.", 502);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable(response, request, "Interrupted.", 503);
            return;
        }
        try (InputStream body = answer.body()) {
            int status = answer.statusCode();
            response.setStatus(status);
            String type = answer.headers().firstValue("Content-Type").orElse(null);
            if (type != null) {
                response.setContentType(type);
            }
            boolean json = type != null && type.toLowerCase(Locale.ROOT).contains("json");
            if (!json) {
                answer.headers().firstValueAsLong("Content-Length").ifPresent(response::setContentLengthLong);
            }
            if (head || status == 204 || status == 304) {
                return;
            }
            OutputStream out = response.getOutputStream();
            if (json && status >= 200 && status < 300) {
                new ArchiveUrlRewriting(archive.base(), gatewayBase(request)).copy(body, out);
            } else {
                body.transferTo(out);
            }
        }
    }

    /** The gateway's own base URL as the caller reached it, e.g. http://127.0.0.1:8080/telerad/dicom-web. */
    static String gatewayBase(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        String pathInfo = request.getPathInfo();
        String s = url.toString();
        return pathInfo != null && s.endsWith(pathInfo) ? s.substring(0, s.length() - pathInfo.length())
                : request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath()
                        + request.getServletPath();
    }

    private static void unavailable(HttpServletResponse response, HttpServletRequest request, String sentence,
            int status) throws IOException {
        problem(response, request, new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-DICOMWEB-009",
                sentence), status);
    }

    private static void problem(HttpServletResponse response, HttpServletRequest request, TeleradException e,
            int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ProblemDetails.MEDIA_TYPE);
        ProblemDetails details = ProblemDetails.of(e, request.getRequestURI());
        String title = status == 405 ? "Method not allowed" : status == 502 ? "Bad gateway"
                : status == 504 ? "Gateway timeout" : details.title();
        ProblemDetails answer = new ProblemDetails(details.type(), title, status, details.detail(),
                request.getContextPath() + request.getServletPath(), details.code(), details.errors());
        JSON.writeValue(response.getOutputStream(), answer);
    }
}
