package org.leanml.eval.sequential;

/**
 * The running state of one {@link MixtureSprt} experiment: per-arm means and variances (Welford),
 * the always-valid p-value and the first terminal decision, which is kept once reached.
 *
 * <p>Methods are synchronized, so several request threads may record into one experiment.
 */
public final class SequentialExperiment {
  private final MixtureSprt test;
  private final Design design;
  private long nA;
  private double meanA;
  private double m2A;
  private long nB;
  private double meanB;
  private double m2B;
  private double pValue = 1;
  private Assessment last;

  SequentialExperiment(MixtureSprt test, Design design) {
    this.test = test;
    this.design = design;
    this.last = current();
  }

  /**
   * The test this experiment runs.
   *
   * @return the test
   */
  public MixtureSprt test() {
    return test;
  }

  /**
   * The design.
   *
   * @return paired or two-sample
   */
  public Design design() {
    return design;
  }

  /**
   * Records one observation of the champion's metric (two-sample design).
   *
   * @param value the metric, finite
   * @return the assessment after it
   * @throws IllegalStateException if the design is paired
   * @throws IllegalArgumentException if the value is not finite
   */
  public synchronized Assessment observeChampion(double value) {
    requireDesign(Design.TWO_SAMPLE);
    requireFinite(value);
    nA++;
    double d = value - meanA;
    meanA += d / nA;
    m2A += d * (value - meanA);
    return update();
  }

  /**
   * Records one observation of the candidate's metric (two-sample design).
   *
   * @param value the metric, finite
   * @return the assessment after it
   * @throws IllegalStateException if the design is paired
   * @throws IllegalArgumentException if the value is not finite
   */
  public synchronized Assessment observeCandidate(double value) {
    requireDesign(Design.TWO_SAMPLE);
    requireFinite(value);
    nB++;
    double d = value - meanB;
    meanB += d / nB;
    m2B += d * (value - meanB);
    return update();
  }

  /**
   * Records both arms' metric on the same unit (paired design).
   *
   * @param champion the champion's metric, finite
   * @param candidate the candidate's metric, finite
   * @return the assessment after it
   * @throws IllegalStateException if the design is two-sample
   * @throws IllegalArgumentException if a value is not finite
   */
  public synchronized Assessment observePair(double champion, double candidate) {
    requireDesign(Design.PAIRED);
    requireFinite(champion);
    requireFinite(candidate);
    double x = candidate - champion;
    nA++;
    double d = x - meanA;
    meanA += d / nA;
    m2A += d * (x - meanA);
    return update();
  }

  /**
   * The latest assessment; once PROMOTE or ROLLBACK it no longer changes.
   *
   * @return the assessment
   */
  public synchronized Assessment assessment() {
    return last;
  }

  private Assessment update() {
    if (last.isFinal()) {
      return last;
    }
    last = current();
    pValue = last.pValue();
    return last;
  }

  private Assessment current() {
    if (design == Design.PAIRED) {
      return test.assess(design, nA, nA, meanA, nA > 1 ? m2A / (nA - 1) : 0, 0, pValue);
    }
    return test.assess(
        design,
        nA,
        nB,
        meanB - meanA,
        nA > 1 ? m2A / (nA - 1) : 0,
        nB > 1 ? m2B / (nB - 1) : 0,
        pValue);
  }

  private void requireDesign(Design expected) {
    if (design != expected) {
      throw new IllegalStateException(
          "this experiment is " + design + "; that observation needs " + expected);
    }
  }

  private static void requireFinite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("metric value must be finite but was " + v);
    }
  }
}
