package dev.callpickup.client;

import dev.callpickup.client.model.SortOrder;

/**
 * Filters and page size of {@link CallPickupClient#listCallPickups(String, ListCallPickupsOptions)}.
 * Immutable; unset values are not sent. The spec's rules (name at most 80 characters, page size
 * at least 1) are checked when the list is requested.
 */
public final class ListCallPickupsOptions {

  private static final ListCallPickupsOptions DEFAULTS = builder().build();

  private final String name;
  private final SortOrder order;
  private final int pageSize;

  private ListCallPickupsOptions(Builder b) {
    this.name = b.name;
    this.order = b.order;
    this.pageSize = b.pageSize;
  }

  /** @return no filter, server order, {@link CallPickupClient#DEFAULT_PAGE_SIZE} */
  public static ListCallPickupsOptions defaults() {
    return DEFAULTS;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the name filter (contains), or {@code null} */
  public String name() {
    return name;
  }

  /** @return the sort order by name, or {@code null} for the server's default (ASC) */
  public SortOrder order() {
    return order;
  }

  /** @return the {@code max} asked for per page */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "ListCallPickupsOptions{name=" + name + ", order=" + order + ", pageSize=" + pageSize
        + '}';
  }

  /** Builds {@link ListCallPickupsOptions}. */
  public static final class Builder {
    private String name;
    private SortOrder order;
    private int pageSize = CallPickupClient.DEFAULT_PAGE_SIZE;

    private Builder() {
    }

    /**
     * @param name return only call pickups whose name contains this
     * @return this
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * @param order sort by name, ASC or DSC
     * @return this
     */
    public Builder order(SortOrder order) {
      this.order = order;
      return this;
    }

    /**
     * @param pageSize items per request ({@code max})
     * @return this
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** @return the options */
    public ListCallPickupsOptions build() {
      return new ListCallPickupsOptions(this);
    }
  }
}
