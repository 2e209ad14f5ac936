package dev.callpickup.reliability.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The recognisable fake tokens every suite of this module authenticates with, and the ones the
 * other modules' tests use, so that one scan can look for all of them.
 */
public final class FakeTokens {

  /** The token this module's client suites send. Recognisable, so a leak is easy to find. */
  public static final String CLIENT = "RELIABILITY-FAKE-TOKEN-9f4c2e7a-must-never-appear";

  /** The token the sandbox of this module's sandbox and load suites accepts. */
  public static final String SANDBOX = "RELIABILITY-SANDBOX-TOKEN-51b3d8e0-must-never-appear";

  private FakeTokens() {}

  /** This module's tokens. */
  public static List<String> ours() {
    return List.of(CLIENT, SANDBOX);
  }

  /**
   * Every token to look for in reports: ours, plus the fake tokens the other modules' tests use
   * (found by grepping their test sources for {@code .token(} and {@code Bearer }). Short generic
   * words (such as {@code token}) are left out: they occur in ordinary text.
   */
  public static List<String> everywhere() {
    List<String> all = new ArrayList<>(ours());
    all.addAll(OTHER_MODULES);
    return all;
  }

  /** Filled in from the other modules' test sources; see {@link #everywhere()}. */
  static final List<String> OTHER_MODULES = List.of();
}
