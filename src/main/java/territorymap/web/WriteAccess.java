package territorymap.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write: the holder of the configured bearer token. Without a configured token every
 * write is refused with 403 and a message saying how to enable writes. Tokens are compared in
 * constant time ({@link MessageDigest#isEqual}), so the comparison leaks nothing of the token
 * through timing.
 */
public final class WriteAccess {

  private final byte[] token;

  private WriteAccess(String token) {
    this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes allowed with this bearer token; {@code null} or empty disables writes. */
  public static WriteAccess withToken(String token) {
    return new WriteAccess(token);
  }

  /** No writes at all. */
  public static WriteAccess disabled() {
    return new WriteAccess(null);
  }

  /** Stops the request unless it carries the configured token. */
  void check(Context ctx) {
    if (token == null) {
      throw new ForbiddenException("writes are disabled on this server: start it with --write-token TOKEN"
          + " or set TERRITORY_MAP_TOKEN, then send Authorization: Bearer TOKEN");
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    if (!MessageDigest.isEqual(token, given)) {
      throw new UnauthorizedException("a write needs the header Authorization: Bearer TOKEN with the server's token");
    }
  }

  /** 401: no or wrong token. */
  static final class UnauthorizedException extends RuntimeException {
    UnauthorizedException(String message) {
      super(message);
    }
  }

  /** 403: writes are not enabled. */
  static final class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
      super(message);
    }
  }
}
