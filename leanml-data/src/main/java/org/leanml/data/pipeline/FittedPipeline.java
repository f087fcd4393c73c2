package org.leanml.data.pipeline;

import java.util.List;
import org.leanml.core.predict.Predictor;
import org.leanml.core.run.RunRecord;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.stage.Preprocess.FittedPreprocess;

/**
 * The result of {@link Pipeline#fit()}: every fitted stage, the trained model, a {@link Predictor}
 * that serves raw rows through all of them, and the {@link RunRecord} of the run. Immutable.
 */
public final class FittedPipeline {
  private final Predictor predictor;
  private final List<FittedPreprocess> preprocess;
  private final FittedFeatures features;
  private final Predictor model;
  private final RunRecord runRecord;

  FittedPipeline(
      Predictor predictor,
      List<FittedPreprocess> preprocess,
      FittedFeatures features,
      Predictor model,
      RunRecord runRecord) {
    this.predictor = predictor;
    this.preprocess = List.copyOf(preprocess);
    this.features = features;
    this.model = model;
    this.runRecord = runRecord;
  }

  /**
   * The predictor over raw rows: it applies the fitted preprocessing stages, the fitted features
   * and the model. Its input contract is {@link Pipeline#rawInputContract()}. A row removed by a
   * row filter cannot be predicted ({@link RowRejectedException}).
   *
   * @return the predictor, thread-safe
   */
  public Predictor predictor() {
    return predictor;
  }

  /**
   * The fitted preprocessing stages, in order.
   *
   * @return an unmodifiable list
   */
  public List<FittedPreprocess> preprocess() {
    return preprocess;
  }

  /**
   * The fitted feature extraction.
   *
   * @return the fitted features
   */
  public FittedFeatures features() {
    return features;
  }

  /**
   * The trained model, which reads feature rows (not raw rows).
   *
   * @return the model
   */
  public Predictor model() {
    return model;
  }

  /**
   * What the run did.
   *
   * @return the run record
   */
  public RunRecord runRecord() {
    return runRecord;
  }
}
