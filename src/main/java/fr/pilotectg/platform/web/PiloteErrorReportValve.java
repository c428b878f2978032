package fr.pilotectg.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's last-resort error report, in the application's words: a problem+json for {@code /api/} paths, a plain French
 * page otherwise. It only writes when nothing else did (errors the application handles never reach it), e.g. for a
 * URI Tomcat refuses before any servlet runs ({@code %00} in the path).
 */
class PiloteErrorReportValve extends ErrorReportValve {

    private final ResourceBundle messages = ResourceBundle.getBundle("messages/platform", Problems.FRENCH);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean api = uri.startsWith("/api/");
        String code = status == 404 ? "RESOURCE_NOT_FOUND" : status < 500 ? "BAD_REQUEST" : "INTERNAL_ERROR";
        String detail = message("error." + code, "");
        String title = message("problem.title." + status, message("error.title.other", "Erreur"));
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (api) {
                response.setContentType("application/problem+json");
                body = "{\"type\":\"urn:pilote-ctg:problem:" + code + "\",\"title\":\"" + json(title) + "\",\"status\":"
                        + status + ",\"detail\":\"" + json(detail) + "\",\"code\":\"" + code + "\"}";
            } else {
                response.setContentType("text/html");
                body = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(title)
                        + " — " + HtmlUtils.htmlEscape(message("app.name", "Pilote CTG"))
                        + "</title></head><body><main><h1>"
                        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p>"
                        + HtmlUtils.htmlEscape(
                                message("error.status", "Code {0}").replace("{0}", String.valueOf(status)))
                        + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(message("error.back", "Accueil"))
                        + "</a></p></main></body></html>";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response cannot be written: nothing more to do.
        }
    }

    private String message(String key, String fallback) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
