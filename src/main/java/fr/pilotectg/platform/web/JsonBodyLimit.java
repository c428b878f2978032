package fr.pilotectg.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Bounds the body of every API request that is not a file upload (uploads have their own limits, ADR 0015): a body
 * announced over the limit is refused at once with 413 {@code REQUEST_TOO_LARGE}; a body sent without its length stops
 * being read at the limit, and the request is refused the same way. No JSON, however large, is held in memory whole;
 * the limit is far above any real request (a fiche with every field full is under 300 kB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class JsonBodyLimit extends OncePerRequestFilter {

    /** Set on the request when its body was cut at the limit; the API advice answers 413 then. */
    static final String OVERFLOW = JsonBodyLimit.class.getName() + ".overflow";

    private final long maxBytes;
    private final Problems problems;
    private final ObjectMapper json;

    JsonBodyLimit(@Value("${pilote.api.max-body-size:2MB}") DataSize maxBytes, Problems problems, ObjectMapper json) {
        this.maxBytes = maxBytes.toBytes();
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return !path.startsWith("/api/")
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problem(request);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // The unread body is not drained: the connection closes rather than read megabytes for nothing.
        response.setHeader("Connection", "close");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    ProblemDetail problem(HttpServletRequest request) {
        ProblemDetail problem = problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "REQUEST_TOO_LARGE",
                problems.message("error.REQUEST_TOO_LARGE", maxBytes / 1024));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    /** The request whose body ends in an error past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream(), max, this);
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private final HttpServletRequest request;
        private long read;

        Counting(ServletInputStream in, long max, HttpServletRequest request) {
            this.in = in;
            this.max = max;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                request.setAttribute(OVERFLOW, Boolean.TRUE);
                throw new IOException("request body over " + max + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
