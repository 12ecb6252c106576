package io.tierline.settingsdocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a setting means, written where the setting is declared: on a record component or a
 * configuration field. The settings tables in {@code docs/} are generated from these descriptions
 * and from the defaults of the code itself, so neither can drift from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Setting {

  /** What the setting does, in Markdown. */
  String value();

  /**
   * The default as the table shows it, for a setting whose default instance cannot show it: a
   * required setting, say. Empty: the default is read from a default instance.
   */
  String defaultText() default "";
}
