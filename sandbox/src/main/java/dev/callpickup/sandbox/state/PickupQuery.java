package dev.callpickup.sandbox.state;

/**
 * The query of a call pickup list.
 *
 * @param nameContains only pickups whose name contains this (case-insensitive), or null for all
 * @param descending   sort by name descending ({@code order=DSC}) instead of ascending
 * @param start        zero-based offset
 * @param max          page size
 */
public record PickupQuery(String nameContains, boolean descending, long start, long max) {
}
