package io.tierline.offloader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void length_singleByte_isOne() {
    assertThat(ByteRange.of(7, 7).length()).isEqualTo(1);
  }

  @Test
  void ofLength_endsOneBeforeFirstPlusLength() {
    assertThat(ByteRange.ofLength(10, 5)).isEqualTo(ByteRange.of(10, 14));
  }

  @Test
  void constructor_lastBeforeFirst_isRejected() {
    assertThatThrownBy(() -> ByteRange.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_negativeFirst_isRejected() {
    assertThatThrownBy(() -> ByteRange.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofLength_zero_isRejected() {
    assertThatThrownBy(() -> ByteRange.ofLength(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
