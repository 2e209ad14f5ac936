package dev.callpickup.client;

/**
 * Filters, order and page size of
 * {@link CallPickupClient#listAvailableAgents(String, ListAvailableAgentsOptions)}. Immutable;
 * unset values are not sent. The spec's rules (lengths, the {@code order} pattern such as
 * {@code "lname|fname"}, page size at least 1) are checked when the list is requested.
 */
public final class ListAvailableAgentsOptions {

  private static final ListAvailableAgentsOptions DEFAULTS = builder().build();

  private final String callPickupName;
  private final String name;
  private final String phoneNumber;
  private final String order;
  private final int pageSize;

  private ListAvailableAgentsOptions(Builder b) {
    this.callPickupName = b.callPickupName;
    this.name = b.name;
    this.phoneNumber = b.phoneNumber;
    this.order = b.order;
    this.pageSize = b.pageSize;
  }

  /** @return no filter, server order, {@link CallPickupClient#DEFAULT_PAGE_SIZE} */
  public static ListAvailableAgentsOptions defaults() {
    return DEFAULTS;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the call pickup name filter, or {@code null} */
  public String callPickupName() {
    return callPickupName;
  }

  /** @return the agent name filter, or {@code null} */
  public String name() {
    return name;
  }

  /** @return the primary number filter, or {@code null} */
  public String phoneNumber() {
    return phoneNumber;
  }

  /** @return up to three of fname, lname, extension, number joined by {@code |}, or null */
  public String order() {
    return order;
  }

  /** @return the {@code max} asked for per page */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "ListAvailableAgentsOptions{callPickupName=" + callPickupName + ", name=" + name
        + ", phoneNumber=" + phoneNumber + ", order=" + order + ", pageSize=" + pageSize + '}';
  }

  /** Builds {@link ListAvailableAgentsOptions}. */
  public static final class Builder {
    private String callPickupName;
    private String name;
    private String phoneNumber;
    private String order;
    private int pageSize = CallPickupClient.DEFAULT_PAGE_SIZE;

    private Builder() {
    }

    /**
     * @param callPickupName only agents of call pickups with this name
     * @return this
     */
    public Builder callPickupName(String callPickupName) {
      this.callPickupName = callPickupName;
      return this;
    }

    /**
     * @param name only agents with this name
     * @return this
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * @param phoneNumber only agents with this primary number
     * @return this
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * @param order for example {@code "lname|fname"}
     * @return this
     */
    public Builder order(String order) {
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
    public ListAvailableAgentsOptions build() {
      return new ListAvailableAgentsOptions(this);
    }
  }
}
