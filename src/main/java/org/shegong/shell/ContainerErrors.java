package org.shegong.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before the application sees the request (an encoded NUL or invalid UTF-8 in the
 * path, a request line or headers over the size limit): the same bilingual JSON for the API, and a plain bilingual
 * page instead of Tomcat's English "HTTP Status 400" report.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // added after Spring Boot's own report valve, so it runs first on the way out and answers instead
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new Bilingual()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** A bilingual answer written directly: JSON for the API, otherwise a plain page that needs no template. */
    static void write(jakarta.servlet.http.HttpServletResponse response, int status, boolean api, String zh, String en,
            String code, @org.jspecify.annotations.Nullable String field) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body;
        if (api) {
            response.setContentType("application/json");
            body = "{\"status\":" + status + ",\"error\":\"" + json(zh) + "\",\"errorEn\":\"" + json(en)
                    + (field == null ? "" : "\",\"field\":\"" + json(field)) + "\",\"code\":\"" + json(code) + "\"}";
        } else {
            response.setContentType("text/html");
            body = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错了 / Error</title>"
                    + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><div class=\"card\"><h1>出错了 / Error "
                    + status + "</h1><p class=\"alert alert-error\" id=\"problem-message\">" + HtmlUtils.htmlEscape(zh)
                    + "<br>" + HtmlUtils.htmlEscape(en) + "</p><p><a href=\"/\">回到首页 / Home</a></p></div></main></body></html>";
        }
        // with its length, not chunked: the container may close the connection right after (an upload over the limit
        // is not read to its end), and the client must still be able to read the whole answer
        response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
        response.getWriter().write(body);
        response.getWriter().flush();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static final class Bilingual extends ErrorReportValve {

        Bilingual() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String[] text = text(status);
            String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
            try {
                write(response, status, Problems.isApi(uri, request.getHeader("Accept")), text[0], text[1], text[2], null);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing more to say
            }
        }

        /** Chinese, English and the message code of the answer for a status Tomcat set. */
        static String[] text(int status) {
            return switch (status) {
                case 400 -> new String[] { "请求有误（地址或参数含有无效字符，或请求过长）。",
                        "Bad request (invalid characters in the address or parameters, or the request is too long).", "shell.error.request" };
                case 404 -> new String[] { "没有找到该页面。", "Not found.", "shell.error.notFound" };
                case 405 -> new String[] { "此地址不支持这种请求方式。", "This address does not accept this kind of request.", "shell.error.method" };
                case 408 -> new String[] { "请求超时。", "The request timed out.", "shell.error.timeout" };
                case 413 -> new String[] { "请求内容太大。", "The request body is too large.", "shell.input.tooLarge" };
                case 414, 431 -> new String[] { "请求地址或请求头过长。", "The address or the headers are too long.", "shell.error.tooLong" };
                default -> status >= 500 ? new String[] { "系统出现问题，请稍后重试。", "Something went wrong; try again later.", "shell.error.generic" }
                        : new String[] { "请求有误。", "Bad request.", "shell.error.request" };
            };
        }
    }
}
