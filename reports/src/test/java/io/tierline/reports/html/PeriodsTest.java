package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierline.reports.ChargePeriod;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void label_calendarMonth_isTheMonthsName() {
    ChargePeriod november = ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");

    assertThat(Periods.label(november)).isEqualTo("November 2026");
    assertThat(Periods.shortLabel(november)).isEqualTo("Nov '26");
  }

  @Test
  void label_otherSpan_isADateRangeEndingOnTheLastIncludedDay() {
    ChargePeriod week = ChargePeriod.of("2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z");

    assertThat(Periods.label(week)).isEqualTo("2 Nov 2026 to 8 Nov 2026");
  }

  @Test
  void comparable_monthAndDay_isFalse() {
    ChargePeriod november = ChargePeriod.of("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
    ChargePeriod october = ChargePeriod.of("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z");
    ChargePeriod day = ChargePeriod.of("2026-11-04T00:00:00Z", "2026-11-05T00:00:00Z");
    ChargePeriod otherDay = ChargePeriod.of("2026-11-05T00:00:00Z", "2026-11-06T00:00:00Z");

    assertThat(Periods.comparable(october, november)).isTrue();
    assertThat(Periods.comparable(day, november)).isFalse();
    assertThat(Periods.comparable(november, day)).isFalse();
    assertThat(Periods.comparable(day, otherDay)).isTrue();
  }
}
