package org.leanml.testkit.gate;

import java.util.List;
import java.util.Objects;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.eval.compare.PairedComparison;

/**
 * Entry points of the regression-gate assertions.
 *
 * <pre>{@code
 * assertThatCandidate(candidate).comparedTo(baseline).on(evalSet)
 *     .isNotWorseThan(Metric.AUC, 0.01)
 *     .hasNegativeFlipRateBelow(0.02);
 *
 * assertThatCandidate(candidateScores).comparedTo(baselineScores).on(truth)
 *     .isNotWorseThan(Metric.AUC, 0.01);
 * }</pre>
 *
 * <p>Each check runs the library's {@link PairedComparison} (intervals, McNemar, DeLong, paired
 * bootstrap, flips) and fails with an {@link AssertionError} whose message summarises it.
 */
public final class GateAssertions {
  private GateAssertions() {}

  /**
   * Starts an assertion about a candidate model.
   *
   * @param candidate the candidate
   * @return the first step; name the baseline next
   * @throws NullPointerException if the candidate is null
   */
  public static PredictorCandidate assertThatCandidate(Predictor candidate) {
    return new PredictorCandidate(Objects.requireNonNull(candidate, "candidate"));
  }

  /**
   * Starts an assertion about a candidate's raw predictions: positive-class probabilities (binary,
   * then {@link ScorePair#on(int[])}) or predicted values (regression, then {@link
   * ScorePair#on(double[])}).
   *
   * @param candidate the candidate's prediction per row
   * @return the first step; name the baseline next
   * @throws NullPointerException if the array is null
   */
  public static ScoreCandidate assertThatCandidate(double[] candidate) {
    return new ScoreCandidate(Objects.requireNonNull(candidate, "candidate").clone());
  }

  /** A candidate model waiting for its baseline. */
  public static final class PredictorCandidate {
    private final Predictor candidate;

    private PredictorCandidate(Predictor candidate) {
      this.candidate = candidate;
    }

    /**
     * Names the baseline.
     *
     * @param baseline the model the candidate would replace
     * @return the next step; name the evaluation set next
     * @throws IllegalArgumentException if the two models' output contracts differ
     */
    public PredictorPair comparedTo(Predictor baseline) {
      Objects.requireNonNull(baseline, "baseline");
      String diff = candidate.outputContract().differenceFrom(baseline.outputContract());
      if (diff != null) {
        throw new IllegalArgumentException(
            "candidate and baseline have different output contracts: " + diff);
      }
      return new PredictorPair(candidate, baseline);
    }
  }

  /** Two models waiting for the evaluation set. */
  public static final class PredictorPair {
    private final Predictor candidate;
    private final Predictor baseline;

    private PredictorPair(Predictor candidate, Predictor baseline) {
      this.candidate = candidate;
      this.baseline = baseline;
    }

    /**
     * Predicts the evaluation set with both models and prepares the comparison.
     *
     * @param evalSet rows holding both models' input features and the label column of their output
     *     contract
     * @return the assertion
     * @throws org.leanml.core.contract.ContractViolationException if a label is missing or outside
     *     the contract
     * @throws IllegalArgumentException if a prediction does not fit the task
     */
    public ComparisonAssert on(Table evalSet) {
      Objects.requireNonNull(evalSet, "evalSet");
      OutputContract contract = candidate.outputContract();
      List<Prediction> b = baseline.predictBatch(evalSet);
      List<Prediction> c = candidate.predictBatch(evalSet);
      return new ComparisonAssert(PairedComparison.of(evalSet, contract, b, c));
    }
  }

  /** A candidate's predictions waiting for the baseline's. */
  public static final class ScoreCandidate {
    private final double[] candidate;

    private ScoreCandidate(double[] candidate) {
      this.candidate = candidate;
    }

    /**
     * Names the baseline's predictions.
     *
     * @param baseline the baseline's prediction per row, in the same row order
     * @return the next step; give the truth next
     * @throws IllegalArgumentException if the lengths differ
     */
    public ScorePair comparedTo(double[] baseline) {
      Objects.requireNonNull(baseline, "baseline");
      if (baseline.length != candidate.length) {
        throw new IllegalArgumentException(
            "baseline has "
                + baseline.length
                + " predictions but candidate has "
                + candidate.length);
      }
      return new ScorePair(candidate, baseline.clone());
    }
  }

  /** Two models' predictions waiting for the truth. */
  public static final class ScorePair {
    private final double[] candidate;
    private final double[] baseline;

    private ScorePair(double[] candidate, double[] baseline) {
      this.candidate = candidate;
      this.baseline = baseline;
    }

    /**
     * A binary comparison: the predictions are positive-class probabilities.
     *
     * @param truth 0 or 1 per row
     * @return the assertion
     * @throws IllegalArgumentException if the lengths differ, a truth value is not 0/1 or a score
     *     is not finite
     */
    public ComparisonAssert on(int[] truth) {
      return new ComparisonAssert(PairedComparison.binary(truth.clone(), baseline, candidate));
    }

    /**
     * A regression comparison: the predictions are values.
     *
     * @param truth the true value per row
     * @return the assertion
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public ComparisonAssert on(double[] truth) {
      return new ComparisonAssert(PairedComparison.regression(truth.clone(), baseline, candidate));
    }
  }
}
