package dev.callpickup.client.internal.paging;

import dev.callpickup.client.errors.TransportException;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Walks a paged list lazily, holding one page at a time. Follows {@code Link: rel="next"} as
 * an opaque URL (resolved against the URL of the page that named it); when a page has no link
 * but came back full, asks for the next offset instead. Stops, instead of spinning, when a link
 * repeats, a page is empty, or a server that ignores {@code start} returns the same page again.
 * Never sends the token to another origin than the client's base URL: such a link fails.
 *
 * @param <T> the item type
 */
public final class Pager<T> implements Iterator<T> {

  /** One fetched page. */
  public record Page<T>(List<T> items, String requestUrl, Map<String, Collection<String>> headers) {
  }

  /** Fetches pages; each call is one API call, with retries. */
  public interface Fetcher<T> {
    /**
     * @param start the zero-based offset
     * @param max the page size
     * @return the page
     */
    Page<T> atOffset(int start, int max);

    /**
     * @param next the absolute URL of a next link
     * @return the page
     */
    Page<T> atUrl(URI next);
  }

  private final Fetcher<T> fetcher;
  private final URI origin;
  private final int pageSize;
  private final Set<String> visited = new HashSet<>();

  private Iterator<T> current;
  private boolean started;
  private URI nextUrl;
  private Integer nextStart;
  private Object previousFirst;
  private RuntimeException deferred;

  /**
   * @param fetcher fetches pages
   * @param baseUrl the client's base URL; next links must stay on its origin
   * @param pageSize the {@code max} asked for
   */
  public Pager(Fetcher<T> fetcher, URI baseUrl, int pageSize) {
    this.fetcher = fetcher;
    this.origin = baseUrl;
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      if (!fetchNextPage()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private boolean fetchNextPage() {
    Page<T> page;
    boolean byOffset;
    int offset = 0;
    if (!started) {
      started = true;
      byOffset = true;
      page = fetcher.atOffset(0, pageSize);
    } else if (deferred != null) {
      RuntimeException e = deferred;
      deferred = null;
      throw e; // raised when iteration reaches the page, not while the previous one is read
    } else if (nextUrl != null) {
      byOffset = false;
      page = fetcher.atUrl(nextUrl);
    } else if (nextStart != null) {
      byOffset = true;
      offset = nextStart;
      page = fetcher.atOffset(offset, pageSize);
    } else {
      return false;
    }
    nextUrl = null;
    nextStart = null;
    List<T> items = page.items() == null ? List.of() : page.items();
    visited.add(page.requestUrl());
    Object first = items.isEmpty() ? null : items.get(0);
    boolean repeated = first != null && Objects.equals(first, previousFirst);
    previousFirst = first;
    if (repeated) {
      return false; // the same page again: the server ignores our position, stop here
    }
    String link = LinkHeader.next(page.headers());
    if (link != null && !items.isEmpty()) {
      try {
        URI resolved = resolve(page.requestUrl(), link);
        if (visited.add(resolved.toString())) {
          nextUrl = resolved;
        }
      } catch (TransportException e) {
        deferred = e;
      }
    } else if (link == null && byOffset && items.size() >= pageSize) {
      nextStart = offset + items.size();
    }
    current = items.iterator();
    return true;
  }

  private URI resolve(String requestUrl, String link) {
    URI target;
    try {
      String ref = link.trim();
      int hash = ref.indexOf('#');
      ref = hash >= 0 ? ref.substring(0, hash) : ref; // a fragment is never sent
      URI base = URI.create(requestUrl);
      if (ref.startsWith("?")) {
        // RFC 3986 keeps the whole base path for a query-only reference; URI.resolve follows
        // RFC 2396 and would drop the last segment.
        String b = base.toString();
        int q = b.indexOf('?');
        target = URI.create((q >= 0 ? b.substring(0, q) : b) + ref);
      } else {
        target = base.resolve(ref);
      }
    } catch (IllegalArgumentException e) {
      throw new TransportException("Unreadable next-page link from the server", e);
    }
    if (!sameOrigin(target, origin)) {
      throw new TransportException("The server's next-page link points to another origin ("
          + target.getScheme() + "://" + target.getHost() + "); refusing to send credentials there",
          null);
    }
    return target;
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getHost() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
