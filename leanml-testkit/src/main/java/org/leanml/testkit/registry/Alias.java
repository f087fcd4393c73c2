package org.leanml.testkit.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the version an alias points at into a test parameter of type {@code
 * org.leanml.core.predict.Predictor} (the loaded model) or {@code org.leanml.registry.ModelVersion}
 * (its metadata). The registry comes from {@link Registry} on the test class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Alias {
  /**
   * The alias, e.g. {@code "champion"}.
   *
   * @return the alias
   */
  String value();

  /**
   * The model name; empty for {@link Registry#model()}.
   *
   * @return the model name
   */
  String model() default "";
}
