package org.leanml.testkit.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The registry a test class's {@link Alias} parameters are resolved from.
 *
 * <pre>{@code
 * @ExtendWith(LeanMlRegistryExtension.class)
 * @Registry(path = "models", model = "spam")
 * class SpamModelTest {
 *   @Test
 *   void candidateIsNotWorse(@Alias("candidate") Predictor candidate,
 *                            @Alias("champion") Predictor champion) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Registry {
  /**
   * The registry's root directory, relative to the working directory (a Maven module's base
   * directory under Surefire) unless absolute.
   *
   * @return the path
   */
  String path();

  /**
   * The model name aliases refer to, unless an {@link Alias} names another.
   *
   * @return the model name; empty when every {@link Alias} names its model
   */
  String model() default "";
}
