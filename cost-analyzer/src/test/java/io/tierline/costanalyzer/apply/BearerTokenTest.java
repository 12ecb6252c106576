package io.tierline.costanalyzer.apply;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierline.costanalyzer.errors.UnauthorizedException;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

  static final String TOKEN = "s3cret-0123456789abcdef";

  @Test
  void check_rightTokenPasses_schemeCaseInsensitive() {
    assertThatCode(() -> new BearerToken(TOKEN).check("Bearer " + TOKEN))
        .doesNotThrowAnyException();
    assertThatCode(() -> new BearerToken(TOKEN).check("bearer " + TOKEN))
        .doesNotThrowAnyException();
  }

  @Test
  void check_missingWrongOrOtherSchemeIsUnauthorized_andNeverEchoesTheToken() {
    BearerToken t = new BearerToken(TOKEN);
    assertThatThrownBy(() -> t.check(null)).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> t.check("Basic " + TOKEN))
        .isInstanceOf(UnauthorizedException.class)
        .message()
        .doesNotContain(TOKEN);
    assertThatThrownBy(() -> t.check("Bearer " + TOKEN + "x"))
        .isInstanceOf(UnauthorizedException.class)
        .message()
        .doesNotContain(TOKEN);
  }

  @Test
  void check_noConfiguredTokenRefusesEveryone() {
    assertThatThrownBy(() -> new BearerToken(null).check("Bearer anything"))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("apply.token");
  }
}
