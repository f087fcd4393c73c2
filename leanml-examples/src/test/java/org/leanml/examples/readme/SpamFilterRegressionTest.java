package org.leanml.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Metric;
import org.leanml.core.split.Splits;
import org.leanml.core.split.TrainTestSplit;
import org.leanml.core.table.Table;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.examples.Spambase;
import org.leanml.tribuo.TribuoModels;

/** The README's JUnit 5 regression-test example: the candidate may not be worse on AUC. */
class SpamFilterRegressionTest {
  static Table frozen;
  static OutputContract output;
  static Ensemble champion;
  static Ensemble candidate;

  @BeforeAll
  static void train() {
    Table data = Spambase.load();
    InputContract shared = InputContract.numeric(Spambase.features());
    output = Spambase.outputContract();
    TrainTestSplit split = Splits.stratified(data, Spambase.LABEL, 0.3, 2024);
    Table train = split.trainOf(data);
    frozen = split.testOf(data);
    EnsembleTrainer trainer = EnsembleTrainer.stacking(7).withFolds(3);
    champion =
        trainer.train(
            shared,
            output,
            List.of(
                SubModelSpec.projecting(
                    "words", shared, Spambase.WORDS, TribuoModels.logistic().withSeed(1))),
            train);
    candidate =
        trainer.extend(
            champion,
            SubModelSpec.projecting(
                "characters", shared, Spambase.CHARACTERS, TribuoModels.logistic().withSeed(1)),
            train);
  }

  // snippet:regression:start
  @Test
  void candidate_isNotWorseThanTheChampion_onTheFrozenSet() {
    ComparisonResult r =
        PairedComparison.of(
                frozen, output, champion.predictBatch(frozen), candidate.predictBatch(frozen))
            .with(Metric.AUC)
            .withMargin(0.005)
            .withSeed(7)
            .run();

    assertThat(r.passed()).as("%s: AUC difference %s", r.verdict(), r.primaryDiff()).isTrue();
  }
  // snippet:regression:end
}
