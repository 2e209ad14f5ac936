package dev.callpickup.client;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily paged list. Nothing is fetched until iteration starts; pages are fetched one at a
 * time as iteration reaches them, following the server's {@code Link: rel="next"}, and only the
 * current page is held in memory. Every {@link #iterator()} (and every {@link #stream()}) starts
 * again from the first page. Errors surface from {@code hasNext()}/{@code next()} as the
 * client's unchecked exceptions.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  private final Supplier<Iterator<T>> pages;

  PagedIterable(Supplier<Iterator<T>> pages) {
    this.pages = pages;
  }

  @Override
  public Iterator<T> iterator() {
    return pages.get();
  }

  /** @return a sequential, lazy stream over every item of every page */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
