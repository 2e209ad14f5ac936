package dev.callpickup.client.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<https://x/a?s=1>; rel=\"next\"                                | https://x/a?s=1",
      "<https://x/a?s=1>; rel=next                                    | https://x/a?s=1",
      "<https://x/p>; rel=\"prev\", <https://x/n>; rel=\"next\"        | https://x/n",
      "<https://x/a,b>; rel=\"first\", <https://x/c,d>; REL=\"NEXT\"    | https://x/c,d",
      "<https://x/n>; title=\"a, b; rel=next\"; rel=\"prev next\"       | https://x/n",
      "<https://x/p>; rel=\"prev\"                                      | ",
      "<https://x/p>; rel=\"nextish\"                                   | ",
      "garbage without brackets; rel=next                              | ",
      "<unterminated; rel=next                                         | "})
  void findsOnlyTheNextRelation(String header, String expected) {
    assertThat(LinkHeader.next(header)).isEqualTo(expected);
  }

  @Test
  void looksAtEveryLinkHeaderLineInAnyCase() {
    assertThat(LinkHeader.next(Map.of("LINK", List.of("<https://x/p>; rel=prev",
        "<https://x/n>; rel=next"), "other", List.of("<https://x/o>; rel=next"))))
        .isEqualTo("https://x/n");
    assertThat(LinkHeader.next(Map.of("other", List.of("<https://x/o>; rel=next")))).isNull();
  }
}
