package dev.callpickup.client;

import dev.callpickup.client.errors.CallPickupException;
import dev.callpickup.client.errors.ConflictException;
import dev.callpickup.client.errors.NotFoundException;
import dev.callpickup.client.errors.RequestValidationException;
import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.errors.WebexApiException;
import dev.callpickup.client.internal.api.CallPickupApi;
import dev.callpickup.client.internal.feign.NextPageApi;
import dev.callpickup.client.internal.feign.StandardHeaders;
import dev.callpickup.client.internal.feign.UrlAwareResponse;
import dev.callpickup.client.internal.paging.Pager;
import dev.callpickup.client.internal.validation.RequestValidator;
import dev.callpickup.client.model.Agent;
import dev.callpickup.client.model.ApiResponse;
import dev.callpickup.client.model.AvailableAgentList;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupIdResponse;
import dev.callpickup.client.model.CallPickupList;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.client.retry.RetryPolicy;
import feign.FeignException;
import feign.RetryableException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Webex Calling Call Pickup API: list, create, read, update and delete the call pickup
 * groups of a location, and list the agents that can still join one.
 *
 * <p>Build one with {@link #builder()} and share it: it is immutable and thread-safe. Every call
 * checks its arguments against the spec before sending anything (else
 * {@link RequestValidationException}), carries a {@code TrackingID} that stays the same across
 * its retries, retries per the {@link RetryPolicy}, and reports failures as the unchecked
 * exceptions of {@code dev.callpickup.client.errors}.
 *
 * <pre>{@code
 * CallPickupClient client = CallPickupClient.builder().token(System.getenv("WEBEX_TOKEN")).build();
 * String id = client.createCallPickup(locationId, new CreateCallPickupRequest().name("Support"));
 * for (CallPickupSummary s : client.listCallPickups(locationId)) { ... }
 * }</pre>
 *
 * <p>Call pickup IDs encode the name: a rename gives the pickup a new ID and the old one then
 * answers 404.
 */
public final class CallPickupClient {

  /** Default base URL, from the spec's {@code servers}. */
  public static final String DEFAULT_BASE_URL = "https://webexapis.com/v1";
  /** Items asked for per page ({@code max}) unless the options say otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final Shared shared;
  private final String orgId;

  /** What every view of the client (see {@link #withOrgId}) shares. */
  private record Shared(CallPickupApi api, NextPageApi nextPage, RequestValidator validator,
      URI baseUrl, String description) {
  }

  private CallPickupClient(Shared shared, String orgId) {
    this.shared = shared;
    this.orgId = orgId;
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same client acting in another organization: every request carries {@code ?orgId=}. For
   * partner administrators. Cheap; shares the connection pool.
   *
   * @param orgId a Webex organization ID, or {@code null} for the token's own organization
   * @return a client for that organization
   */
  public CallPickupClient withOrgId(String orgId) {
    return new CallPickupClient(shared, orgId);
  }

  /**
   * Creates a call pickup. Only {@code name} is required; {@code agents} are sent in the
   * caller's order, and a duplicate among them is refused. A create is not repeated unless the
   * server cannot have acted on it (429, 423, or a connection that failed before sending), so a
   * retry never makes a duplicate.
   *
   * @param locationId the location
   * @param request the new call pickup
   * @return the ID of the new call pickup
   * @throws RequestValidationException if the arguments break the spec; nothing was sent
   * @throws ConflictException if the name is taken or an agent already belongs to a pickup
   * @throws WebexApiException for any other error status
   * @throws TransportException on I/O failure or an unreadable response
   */
  public String createCallPickup(String locationId, CreateCallPickupRequest request) {
    String tid = trackingId();
    validate("createCallPickup", params("locationId", locationId, "TrackingID", tid), request,
        true);
    return idOf(call(() -> shared.api.createCallPickup(locationId, request, orgId, tid))
        .getData());
  }

  /**
   * Reads a call pickup with its agents.
   *
   * @param locationId the location
   * @param callPickupId the call pickup
   * @return the call pickup
   * @throws NotFoundException if there is no such pickup (an ID changes on rename)
   * @throws RequestValidationException if an ID is not a Webex ID; nothing was sent
   */
  public CallPickup getCallPickup(String locationId, String callPickupId) {
    String tid = trackingId();
    validate("getCallPickup",
        params("locationId", locationId, "callPickupId", callPickupId, "TrackingID", tid), null);
    CallPickup cp = call(() -> shared.api.getCallPickup(locationId, callPickupId, orgId, tid))
        .getData();
    if (cp == null) {
      throw new TransportException("The server answered getCallPickup with an empty body", null);
    }
    return cp;
  }

  /**
   * Updates a call pickup. Only the properties set on {@code request} are sent; an absent one
   * keeps its stored value, and {@code agents}, when set, replaces the whole list (an empty list
   * removes every agent; a duplicate is refused before sending). Renaming only sends {@code {"name": "..."}}.
   *
   * <p><b>The ID changes when the name changes.</b> Use the returned ID from now on; the old
   * one answers 404.
   *
   * @param locationId the location
   * @param callPickupId the call pickup's current ID
   * @param request the properties to change
   * @return the call pickup's ID after the update, which differs from {@code callPickupId} when
   *     the name changed
   * @throws RequestValidationException if the arguments break the spec; nothing was sent
   * @throws ConflictException if the new name is taken or an agent belongs to another pickup
   * @throws NotFoundException if there is no such pickup
   */
  public String updateCallPickup(String locationId, String callPickupId,
      UpdateCallPickupRequest request) {
    String tid = trackingId();
    validate("updateCallPickup",
        params("locationId", locationId, "callPickupId", callPickupId, "TrackingID", tid),
        request, true);
    return idOf(call(() -> shared.api.updateCallPickup(locationId, callPickupId, request, orgId,
        tid)).getData());
  }

  /**
   * Deletes a call pickup; its agents become available again.
   *
   * @param locationId the location
   * @param callPickupId the call pickup
   * @throws NotFoundException if there is no such pickup
   * @throws RequestValidationException if an ID is not a Webex ID; nothing was sent
   */
  public void deleteCallPickup(String locationId, String callPickupId) {
    String tid = trackingId();
    validate("deleteCallPickup",
        params("locationId", locationId, "callPickupId", callPickupId, "TrackingID", tid), null);
    call(() -> shared.api.deleteCallPickup(locationId, callPickupId, orgId, tid));
  }

  /**
   * Lists every call pickup of a location, lazily, {@link #DEFAULT_PAGE_SIZE} per request.
   *
   * @param locationId the location
   * @return the call pickups; fetched page by page while iterating
   * @throws RequestValidationException at once if the location ID is not a Webex ID
   */
  public PagedIterable<CallPickupSummary> listCallPickups(String locationId) {
    return listCallPickups(locationId, ListCallPickupsOptions.defaults());
  }

  /**
   * Lists the call pickups of a location that match the options, lazily.
   *
   * @param locationId the location
   * @param options filters, order and page size
   * @return the call pickups; fetched page by page while iterating
   * @throws RequestValidationException at once if an argument breaks the spec
   */
  public PagedIterable<CallPickupSummary> listCallPickups(String locationId,
      ListCallPickupsOptions options) {
    Objects.requireNonNull(options, "options");
    Function<Integer, Map<String, Object>> params = start -> params("locationId", locationId,
        "max", options.pageSize(), "start", start, "order", options.order(), "name",
        options.name());
    validate("listCallPickups", params.apply(0), null);
    Pager.Fetcher<CallPickupSummary> fetcher = new Pager.Fetcher<>() {
      @Override
      public Pager.Page<CallPickupSummary> atOffset(int start, int max) {
        validate("listCallPickups", params.apply(start), null);
        String tid = trackingId();
        return page(call(() -> shared.api.listCallPickups(locationId, orgId, tid, max,
            start, options.order(), options.name())), CallPickupList::getCallPickups);
      }

      @Override
      public Pager.Page<CallPickupSummary> atUrl(URI next) {
        String tid = trackingId();
        return page(call(() -> shared.nextPage.callPickups(next, tid)),
            CallPickupList::getCallPickups);
      }
    };
    return new PagedIterable<>(() -> new Pager<>(fetcher, shared.baseUrl, options.pageSize()));
  }

  /**
   * Lists the people, workspaces and virtual lines of a location that can join a call pickup,
   * lazily, {@link #DEFAULT_PAGE_SIZE} per request.
   *
   * @param locationId the location
   * @return the agents; fetched page by page while iterating
   * @throws RequestValidationException at once if the location ID is not a Webex ID
   */
  public PagedIterable<Agent> listAvailableAgents(String locationId) {
    return listAvailableAgents(locationId, ListAvailableAgentsOptions.defaults());
  }

  /**
   * Lists the available agents of a location that match the options, lazily.
   *
   * @param locationId the location
   * @param options filters, order and page size
   * @return the agents; fetched page by page while iterating
   * @throws RequestValidationException at once if an argument breaks the spec
   */
  public PagedIterable<Agent> listAvailableAgents(String locationId,
      ListAvailableAgentsOptions options) {
    Objects.requireNonNull(options, "options");
    Function<Integer, Map<String, Object>> params = start -> params("locationId", locationId,
        "callPickupName", options.callPickupName(), "max", options.pageSize(), "start", start,
        "name", options.name(), "phoneNumber", options.phoneNumber(), "order", options.order());
    validate("listAvailableAgents", params.apply(0), null);
    Pager.Fetcher<Agent> fetcher = new Pager.Fetcher<>() {
      @Override
      public Pager.Page<Agent> atOffset(int start, int max) {
        validate("listAvailableAgents", params.apply(start), null);
        String tid = trackingId();
        return page(call(() -> shared.api.listAvailableAgents(locationId, orgId, tid,
            options.callPickupName(), max, start, options.name(), options.phoneNumber(),
            options.order())), AvailableAgentList::getAgents);
      }

      @Override
      public Pager.Page<Agent> atUrl(URI next) {
        String tid = trackingId();
        return page(call(() -> shared.nextPage.availableAgents(next, tid)),
            AvailableAgentList::getAgents);
      }
    };
    return new PagedIterable<>(() -> new Pager<>(fetcher, shared.baseUrl, options.pageSize()));
  }

  @Override
  public String toString() {
    return "CallPickupClient{" + shared.description
        + (orgId == null ? "" : ", orgId=" + orgId) + '}';
  }

  private static <L, T> Pager.Page<T> page(ApiResponse<L> response, Function<L, List<T>> items) {
    if (response.getData() == null) {
      throw new TransportException("The server answered a list request with an empty body", null);
    }
    List<T> list = items.apply(response.getData());
    String url = ((UrlAwareResponse<L>) response).requestUrl();
    return new Pager.Page<>(list == null ? List.of() : list, url, response.getHeaders());
  }

  private void validate(String operationId, Map<String, Object> params, Object body) {
    validate(operationId, params, body, false);
  }

  private void validate(String operationId, Map<String, Object> params, Object body,
      boolean bodyRequired) {
    params.put("orgId", orgId);
    shared.validator.validate(operationId, params, body, bodyRequired);
  }

  private static Map<String, Object> params(Object... nameValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      m.put((String) nameValues[i], nameValues[i + 1]);
    }
    return m;
  }

  private static String trackingId() {
    return "CALLPICKUP_" + UUID.randomUUID();
  }

  private static String idOf(CallPickupIdResponse response) {
    if (response == null || response.getId() == null || response.getId().isBlank()) {
      throw new TransportException("The server's answer holds no call pickup ID", null);
    }
    return response.getId();
  }

  /** Runs one API call and turns whatever Feign throws into the client's own exceptions. */
  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (CallPickupException e) {
      throw e;
    } catch (RetryableException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CallPickupException c) {
        throw c;
      }
      throw new TransportException(describe(cause != null ? cause : e), e);
    } catch (FeignException e) {
      if (e.getCause() instanceof CallPickupException c) {
        throw c;
      }
      throw new TransportException("Unreadable response: " + e.getMessage(), e);
    }
  }

  private static String describe(Throwable t) {
    String kind = t instanceof IOException ? "I/O error" : "Failure";
    String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
    return kind + " (" + t.getClass().getSimpleName() + ")" + detail;
  }

  /**
   * Builds a {@link CallPickupClient}. A token (or token supplier) is required; everything else
   * has a default.
   */
  public static final class Builder {
    String baseUrl = DEFAULT_BASE_URL;
    Supplier<String> tokenSupplier;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(30);
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    Transport transport = Transport.jdkHttpClient();
    LogLevel logLevel = LogLevel.NONE;
    String applicationName;

    private Builder() {
    }

    /**
     * @param baseUrl the API root, {@link #DEFAULT_BASE_URL} by default; must be {@code https}
     *     unless the host is loopback ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]})
     * @return this
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * @param token a fixed bearer token; {@link #build()} refuses one that is blank or holds CR
     *     or LF
     * @return this
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      this.tokenSupplier = new FixedToken(token);
      return this;
    }

    /**
     * @param tokenSupplier asked for the token on every attempt, so a refreshed token is used
     *     as soon as it is available; an attempt whose token is blank or holds CR or LF fails
     *     with {@link RequestValidationException} before anything is sent
     * @return this
     */
    public Builder tokenSupplier(Supplier<String> tokenSupplier) {
      this.tokenSupplier = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
      return this;
    }

    /**
     * @param connectTimeout time to establish a connection (10 s by default)
     * @return this
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * @param readTimeout time one attempt may wait for the whole response, headers and body
     *     (30 s by default); a timeout is an I/O error, retried as the {@link RetryPolicy} says
     * @return this
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * @param retryPolicy attempts, waits and budget ({@link RetryPolicy#defaults()})
     * @return this
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * @param transport the HTTP stack ({@link Transport#jdkHttpClient()} by default)
     * @return this
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * @param logLevel how much HTTP traffic to log ({@link LogLevel#NONE} by default)
     * @return this
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * @param applicationName appended to the {@code User-Agent}, for example
     *     {@code "pickup-sync/2.1"}; printable ASCII only
     * @return this
     */
    public Builder applicationName(String applicationName) {
      if (applicationName != null && !applicationName.matches("[\\x20-\\x7E]{1,100}")) {
        throw new IllegalArgumentException(
            "applicationName must be 1-100 printable ASCII characters");
      }
      this.applicationName = applicationName;
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException without a token
     * @throws IllegalArgumentException if the fixed token is blank or holds CR or LF (the
     *     message names the rule, never the token), or if the base URL is not https (outside
     *     loopback) or is not a plain absolute URL
     */
    public CallPickupClient build() {
      if (tokenSupplier == null) {
        throw new IllegalStateException("a token or token supplier is required");
      }
      if (tokenSupplier instanceof FixedToken fixed) {
        String problem = StandardHeaders.tokenViolation(fixed.token());
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
      URI base = checkBaseUrl(baseUrl);
      String url = base.toString();
      Wiring wiring = new Wiring(this, url);
      String description = "baseUrl=" + url + ", transport=" + transport + ", " + retryPolicy;
      return new CallPickupClient(new Shared(wiring.api, wiring.nextPage, RequestValidator.shared(),
          base, description), null);
    }

    static URI checkBaseUrl(String raw) {
      String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
      URI uri;
      try {
        uri = URI.create(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a valid URL", e);
      }
      if (uri.getScheme() == null || uri.getHost() == null || uri.getRawQuery() != null
          || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http(s) URL without user info, query or fragment");
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) {
        return uri;
      }
      if (scheme.equals("http") && isLoopback(uri.getHost())) {
        return uri;
      }
      throw new IllegalArgumentException(
          "baseUrl must use https (plain http is allowed only for loopback hosts): " + uri);
    }

    static boolean isLoopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }

  /** A fixed token whose {@code toString()} does not reveal it. */
  private record FixedToken(String token) implements Supplier<String> {
    @Override
    public String get() {
      return token;
    }

    @Override
    public String toString() {
      return "FixedToken[hidden]";
    }
  }
}
