package dev.callpickup.client.errors;

import java.util.List;

/** Picks the exception type that names the meaning of an HTTP error status. */
public final class ApiErrors {

  private ApiErrors() {
  }

  /**
   * What the client read from an error response. Every field but {@code errors} and
   * {@code excerpt} may be {@code null}: gateways send HTML or nothing at all.
   *
   * @param message Webex's {@code message}
   * @param errors the {@code errors} array
   * @param errorCode the top-level error code, else the first entry's
   * @param trackingId from the body, else from the {@code trackingid} header
   * @param excerpt a short, printable start of the raw body ({@code ""} when empty)
   * @param retryAfter the raw {@code Retry-After} header
   */
  public record Body(String message, List<ErrorDetail> errors, Integer errorCode, String trackingId,
      String excerpt, String retryAfter) {

    /** Defensive copy; {@code null} lists and excerpts become empty. */
    public Body {
      errors = errors == null ? List.of() : List.copyOf(errors);
      excerpt = excerpt == null ? "" : excerpt;
    }
  }

  /**
   * @param status a non-2xx HTTP status
   * @param body what was read from the response
   * @return the matching exception, not thrown
   */
  public static WebexApiException of(int status, Body body) {
    return switch (status) {
      case 400 -> new BadRequestException(status, body);
      case 401 -> new UnauthorizedException(status, body);
      case 403 -> new ForbiddenException(status, body);
      case 404 -> new NotFoundException(status, body);
      case 409 -> new ConflictException(status, body);
      case 423, 429 -> new RateLimitedException(status, body);
      default -> status >= 500 && status <= 599
          ? new ServerErrorException(status, body)
          : new UnexpectedStatusException(status, body);
    };
  }
}
