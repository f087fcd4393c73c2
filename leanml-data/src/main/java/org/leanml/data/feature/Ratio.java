package org.leanml.data.feature;

import java.util.Map;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;

/**
 * The ratio {@code a / b} of two numeric columns as one feature.
 *
 * <p>Rule for an undefined ratio: when the quotient is not finite — {@code b == 0} (either sign),
 * or an overflow — the feature takes the fallback value, {@code 0.0} unless set with {@link
 * #whenUndefined(double)}. The feature is therefore always finite.
 */
public final class Ratio implements FeatureExtraction {
  private final String numerator;
  private final String denominator;
  private final String feature;
  private final double fallback;
  private final String name;

  private Ratio(
      String numerator, String denominator, String feature, double fallback, String name) {
    this.numerator = Column.requireName(numerator);
    this.denominator = Column.requireName(denominator);
    this.feature = Column.requireName(feature);
    this.fallback = fallback;
    this.name = Column.requireName(name);
    if (!Double.isFinite(fallback)) {
      throw new IllegalArgumentException("fallback must be finite but was " + fallback);
    }
    if (numerator.equals(denominator)) {
      throw new IllegalArgumentException("a ratio of '" + numerator + "' with itself is constant");
    }
  }

  /**
   * The ratio {@code numerator / denominator}, as a feature named {@code "numerator/denominator"}.
   *
   * @param numerator a numeric column
   * @param denominator another numeric column
   * @return the extraction, named {@code "ratio"}
   * @throws IllegalArgumentException if a name is blank or the columns are the same
   */
  public static Ratio of(String numerator, String denominator) {
    return new Ratio(numerator, denominator, numerator + "/" + denominator, 0.0, "ratio");
  }

  /**
   * This ratio with another feature name.
   *
   * @param featureName the output feature's name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public Ratio as(String featureName) {
    return new Ratio(numerator, denominator, featureName, fallback, name);
  }

  /**
   * This ratio with another value for undefined quotients.
   *
   * @param value the fallback, finite
   * @return a new extraction
   * @throws IllegalArgumentException if the value is not finite
   */
  public Ratio whenUndefined(double value) {
    return new Ratio(numerator, denominator, feature, value, name);
  }

  /**
   * This extraction under another stage name.
   *
   * @param newName the name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public Ratio named(String newName) {
    return new Ratio(numerator, denominator, feature, fallback, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config(
        "numerator",
        numerator,
        "denominator",
        denominator,
        "feature",
        feature,
        "when_undefined",
        Double.toString(fallback));
  }

  @Override
  public InputContract requires() {
    return InputContract.of(FeatureSpec.numeric(numerator), FeatureSpec.numeric(denominator));
  }

  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires(), training, name);
    return new Fitted(this);
  }

  static Ratio restore(
      String numerator, String denominator, String feature, double fallback, String name) {
    return new Ratio(numerator, denominator, feature, fallback, name);
  }

  String numerator() {
    return numerator;
  }

  String denominator() {
    return denominator;
  }

  String feature() {
    return feature;
  }

  double fallback() {
    return fallback;
  }

  /** A fitted ratio: no learned state beyond the configuration. */
  static final class Fitted extends FittedBase {
    final Ratio stage;
    private final double fallback;

    Fitted(Ratio stage) {
      super(
          stage.name,
          stage.configuration(),
          stage.requires(),
          InputContract.of(FeatureSpec.numeric(stage.feature)));
      this.stage = stage;
      this.fallback = stage.fallback;
    }

    @Override
    void kernel(Bound b, int row, double[] out, int off) {
      double q = number(b, 0, row) / number(b, 1, row);
      out[off] = Double.isFinite(q) ? q : fallback;
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Stages.fingerprinter("leanml.feature.ratio.v1", name(), configuration()).finish();
    }
  }
}
