package org.twofold.web.http;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.twofold.web.security.SessionWrite;

/**
 * A page, or a redirect, reaches the browser only after the session is written (see
 * {@link SessionWrite}): the page is held here until then. Otherwise the browser, quick to load
 * the page's scripts and styles, reaches another node while this one is still writing, and that
 * node reads (and writes back) a session without the page's view state; the form posted next
 * then found its view expired (seen in Chromium). Scripts, styles and the API pass straight
 * through. (The sign-in steps' redirects come from the authentication mechanism, before any
 * filter, and write the session themselves.)
 */
public class SessionWrittenBeforeAnswerFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (!path.endsWith(".xhtml") || path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            chain.doFilter(request, new RedirectAfterWrite(request, response));
            return;
        }
        HeldPage page = new HeldPage(request, response);
        chain.doFilter(request, page);
        SessionWrite.now(request);
        page.release();
    }

    /** Writes the session before a redirect leaves. */
    private static class RedirectAfterWrite extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RedirectAfterWrite(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            SessionWrite.now(request);
            super.sendRedirect(location);
        }
    }

    /** Holds what the page writes until {@link #release()}, so nothing is sent before. */
    private static final class HeldPage extends RedirectAfterWrite {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldPage(HttpServletRequest request, HttpServletResponse response) {
            super(request, response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a held page is written at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
        }

        /** Sends what the page wrote. */
        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (body.size() == 0) {
                return;
            }
            if (!real.isCommitted()) {
                real.setContentLength(body.size());
            }
            body.writeTo(real.getOutputStream());
        }
    }
}
