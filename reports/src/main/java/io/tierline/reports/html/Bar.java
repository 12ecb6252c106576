package io.tierline.reports.html;

import java.math.BigDecimal;

/** One bar of a chart: what it is, how long it is, the number printed beside it, its colour. */
record Bar(String label, BigDecimal value, String valueText, String color) {}
