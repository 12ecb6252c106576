package io.tierline.offloader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.offloader.ObjectKey;
import io.tierline.offloader.segment.SegmentObjectName.Kind;
import org.junit.jupiter.api.Test;

class SegmentObjectNameTest {
  /** A topic id as Kafka writes them, with the '-' and '_' of URL-safe base64. */
  private static final String TOPIC_ID = "q7Zk-YwCTa2x0m9Ac1_w8g";

  private static final SegmentCoordinates SEGMENT =
      new SegmentCoordinates("orders.eu-west", TOPIC_ID, 12, 1000, "aB3-kQ_x9Yz0aB3-kQ_x9Y");

  @Test
  void parse_readsBackWhatSegmentKeysWrote_withAndWithoutPrefixAndSalt() {
    for (String prefix : new String[] {"", "tiered", "kafka/cluster-1"}) {
      for (boolean salting : new boolean[] {false, true}) {
        SegmentKeys keys = new SegmentKeys(prefix, salting);
        for (ObjectKey key : new ObjectKey[] {keys.log(SEGMENT), keys.indexes(SEGMENT)}) {
          SegmentObjectName name = SegmentObjectName.parse(key).orElseThrow();
          assertThat(name.topic()).as(key.value()).isEqualTo("orders.eu-west");
          assertThat(name.topicId()).isEqualTo(TOPIC_ID);
          assertThat(name.partition()).isEqualTo(12);
          assertThat(name.baseOffset()).isEqualTo(1000);
          assertThat(name.segmentId()).isEqualTo(SEGMENT.segmentId());
          assertThat(name.under(prefix)).as(key.value()).isTrue();
          assertThat(name.under("other")).isFalse();
        }
        assertThat(SegmentObjectName.parse(keys.manifest(SEGMENT)).orElseThrow().kind())
            .isEqualTo(Kind.MANIFEST);
        assertThat(SegmentObjectName.parse(keys.log(SEGMENT)).orElseThrow().kind())
            .isEqualTo(Kind.LOG);
      }
    }
  }

  @Test
  void parse_keysOfOtherLayouts_areNotSegmentObjects() {
    for (String key :
        new String[] {
          "readme.txt",
          "orders-" + TOPIC_ID + "/0/00000000000000001000-s.tmp",
          "orders-" + TOPIC_ID + "/x/00000000000000001000-s.log",
          "orders-" + TOPIC_ID + "/0/1000-s.log",
          "orders-shortid/0/00000000000000001000-s.log",
          "-" + TOPIC_ID + "/0/00000000000000001000-s.log",
          "orders-" + TOPIC_ID + "/0/99999999999999999999-s.log"
        }) {
      assertThat(SegmentObjectName.parse(ObjectKey.of(key))).as(key).isEmpty();
    }
  }
}
