package territorymap.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request that Jetty refuses before any route sees it (a malformed request line
 * or header, a URI too long, an illegal path character): an RFC 9457 problem like every other
 * error of the service, instead of Jetty's HTML page.
 *
 * <p>A request line that is not HTTP/1.x (no version, as in HTTP/0.9, or raw bytes above 0x7f that
 * Jetty takes for a separator) is answered 400, not Jetty's 505: it is a malformed request, not a
 * server failure, and the service answers no 5xx to anything a client sends.
 */
final class JettyProblems extends ErrorHandler {

  JettyProblems() {
    setShowStacks(false);
    setShowCauses(false);
  }

  /** The part of the request at fault, where the status tells it. */
  private static String field(int code) {
    return switch (code) {
      case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> "request-line";
      case HttpStatus.URI_TOO_LONG_414 -> "path";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "headers";
      default -> null;
    };
  }

  /** Every method gets a body, not only GET, POST and HEAD as in Jetty's default. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    if (response.isCommitted()) {
      callback.succeeded();
      return;
    }
    int status = code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
    String detail = status == code ? message : "the request line is not HTTP/1.1 (" + message + ")";
    boolean badRequest = status == HttpStatus.BAD_REQUEST_400;
    // Jetty names a request it could not parse "/badMessage": there is no path to give then.
    String path = request.getHttpURI().getPath();
    Problem problem = new Problem(badRequest ? "/problems/bad-request" : "/problems/http-" + status,
        badRequest ? "Bad request" : HttpStatus.getMessage(status), status, detail,
        "/badMessage".equals(path) ? null : path, field(code), field(code) == null ? null : detail, null);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(Json.bytes(problem)), callback);
  }
}
