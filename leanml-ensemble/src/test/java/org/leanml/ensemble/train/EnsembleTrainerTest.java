package org.leanml.ensemble.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.metric.Scorer;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.core.tuning.Parameter;
import org.leanml.core.tuning.SearchSpace;
import org.leanml.core.tuning.SearchStrategy;
import org.leanml.core.tuning.TrainerFactory;
import org.leanml.core.tuning.Tuner;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.Spambase;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.CombinerTrainer;
import org.leanml.ensemble.combine.StackedLogisticCombiner;
import org.leanml.ensemble.combine.WeightedMeanCombiner;
import org.leanml.tribuo.TribuoModels;
import org.leanml.tribuo.TribuoPredictor;

/** Tribuo interop on Spambase: logistic-regression and CART members, extended one at a time. */
class EnsembleTrainerTest {
  static final InputContract SHARED = Spambase.input();
  static Table train;
  static Table test;
  static ExecutorService pool;

  @BeforeAll
  static void data() {
    Table[] split = Spambase.split(0.25, 20261122L);
    train = split[0];
    test = split[1];
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdown();
  }

  static SubModelSpec words(CountingModeling m) {
    return SubModelSpec.projecting("words", SHARED, Spambase.WORDS, m);
  }

  static SubModelSpec chars(CountingModeling m) {
    return SubModelSpec.projecting("chars", SHARED, Spambase.CHARS, m);
  }

  static SubModelSpec capitals(CountingModeling m) {
    return SubModelSpec.projecting("capitals", SHARED, Spambase.CAPITALS, m);
  }

  static double accuracy(Predictor p, Table t) {
    int[] truth = Spambase.OUTPUT.classIndices(t);
    List<Prediction> ps = p.predictBatch(t);
    int right = 0;
    for (int r = 0; r < truth.length; r++) {
      right += ps.get(r).argMax() == truth[r] ? 1 : 0;
    }
    return (double) right / truth.length;
  }

  @Test
  void extend_stackedOnSpambase_keepsEarlierMembersAndBeatsBestMember() {
    CountingModeling wordsLr = new CountingModeling(TribuoModels.logistic());
    CountingModeling charsLr = new CountingModeling(TribuoModels.logistic());
    CountingModeling capitalsCart = new CountingModeling(TribuoModels.cart().withMaxDepth(6));
    EnsembleTrainer trainer = EnsembleTrainer.stacking(7L).withExecutor(pool);

    Ensemble one = trainer.train(SHARED, Spambase.OUTPUT, List.of(words(wordsLr)), train);
    Map<String, Fingerprint> first = one.memberFingerprints();
    Ensemble two = trainer.extend(one, chars(charsLr), train);
    Map<String, Fingerprint> second = two.memberFingerprints();
    Ensemble three = trainer.extend(two, capitals(capitalsCart), train);

    assertThat(second).containsEntry("words", first.get("words"));
    assertThat(three.memberFingerprints())
        .containsEntry("words", first.get("words"))
        .containsEntry("chars", second.get("chars"));
    assertThat(three.members().get(0)).isSameAs(one.members().get(0));
    assertThat(three.members().get(0).predictor()).isInstanceOf(TribuoPredictor.class);
    // one full fit and 5 fold copies each; extending refits no earlier member (cached folds)
    assertThat(wordsLr.fits.get()).isEqualTo(6);
    assertThat(charsLr.fits.get()).isEqualTo(6);
    assertThat(capitalsCart.fits.get()).isEqualTo(6);
    assertThat(three.combiner()).isInstanceOf(StackedLogisticCombiner.class);
    double best = 0;
    for (SubModel s : three.members()) {
      best = Math.max(best, accuracy(s.predictor(), test));
    }
    assertThat(accuracy(three, test)).isGreaterThanOrEqualTo(best);
    assertThat(one.members()).hasSize(1);
    assertThat(two.members()).hasSize(2);
  }

  @Test
  void extend_severalMembersInParallel_sameAsOneThread() {
    EnsembleTrainer parallel =
        EnsembleTrainer.of(CombinerTrainer.learnedWeights(), 3L).withExecutor(pool);
    EnsembleTrainer sequential =
        EnsembleTrainer.of(CombinerTrainer.learnedWeights(), 3L).withExecutor(Runnable::run);
    List<SubModelSpec> more =
        List.of(
            chars(new CountingModeling(TribuoModels.logistic())),
            capitals(new CountingModeling(TribuoModels.cart().withMaxDepth(5))));

    Ensemble a =
        parallel.extend(
            parallel.train(
                SHARED,
                Spambase.OUTPUT,
                List.of(words(new CountingModeling(TribuoModels.logistic()))),
                train),
            more,
            train);
    Ensemble b =
        sequential.extend(
            sequential.train(
                SHARED,
                Spambase.OUTPUT,
                List.of(words(new CountingModeling(TribuoModels.logistic()))),
                train),
            more,
            train);

    assertThat(a.memberNames()).containsExactly("words", "chars", "capitals");
    assertThat(a.combiner()).isEqualTo(b.combiner());
    double[] w = ((WeightedMeanCombiner) a.combiner()).weights();
    assertThat(java.util.Arrays.stream(w).sum())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(a.predictBatch(test)).isEqualTo(b.predictBatch(test));
  }

  @Test
  void predict_tribuoMemberInputMissing_memberAbstainsInsteadOfTribuoError() {
    Ensemble e =
        EnsembleTrainer.of(CombinerTrainer.fixed(org.leanml.ensemble.combine.Combiner.mean()), 1L)
            .withExecutor(pool)
            .train(
                SHARED,
                Spambase.OUTPUT,
                List.of(
                    words(new CountingModeling(TribuoModels.logistic())),
                    chars(new CountingModeling(TribuoModels.logistic()))),
                train);
    Table rows = test.head(3);
    java.util.BitSet missing = new java.util.BitSet();
    missing.set(1);
    Table holed =
        rows.withColumn(
            org.leanml.core.table.NumericColumn.of(
                "charDollar", rows.numeric("charDollar").toArray(), missing));

    org.leanml.ensemble.Explanation x = e.explain(holed.row(1));

    assertThat(x.members().get(1).abstained()).isTrue();
    assertThat(x.prediction()).isEqualTo(e.members().get(0).predictor().predict(holed.row(1)));
    assertThatThrownBy(
            () -> e.with(org.leanml.ensemble.MissingInputPolicy.FAIL).predict(holed.row(1)))
        .isInstanceOf(org.leanml.core.contract.ContractViolationException.class)
        .hasMessageContaining("row 1, column 'charDollar'")
        .hasMessageContaining("member 'chars'");
  }

  @Test
  void extend_memberWithCoreScaledFeatures_predictsSameInBatchAndRowsAndAfterStorage() {
    EnsembleTrainer trainer =
        EnsembleTrainer.of(CombinerTrainer.fixed(org.leanml.ensemble.combine.Combiner.mean()), 1L)
            .withExecutor(pool);
    Ensemble base =
        trainer.train(
            SHARED,
            Spambase.OUTPUT,
            List.of(words(new CountingModeling(TribuoModels.logistic()))),
            train);
    SubModelSpec scaled =
        SubModelSpec.of(
            "capitalsScaled",
            org.leanml.data.feature.Scale.standard(Spambase.CAPITALS.toArray(new String[0])),
            TribuoModels.logistic());

    Ensemble e = trainer.extend(base, scaled, train);

    Table rows = test.head(300);
    List<Prediction> batch = e.predictBatch(rows);
    for (int r = 0; r < rows.rowCount(); r++) {
      assertThat(e.predict(rows.row(r))).isEqualTo(batch.get(r));
    }
    org.leanml.ensemble.store.EnsembleCodec codec = new org.leanml.ensemble.store.EnsembleCodec();
    assertThat(codec.decode(codec.encode(e)).predictBatch(rows)).isEqualTo(batch);
  }

  @Test
  void extend_tunedMember_recordsTuningResultInProvenance() {
    Tuner tuner =
        Tuner.builder()
            .name("cart-depth")
            .space(SearchSpace.of(Parameter.intRange("maxDepth", 2, 6)))
            .trainer(
                TrainerFactory.ignoringSeed(
                    p -> TribuoModels.cart().withMaxDepth(p.getInt("maxDepth"))))
            .objective(Scorer.accuracy())
            .strategy(SearchStrategy.grid(3))
            .folds(3)
            .seed(5L)
            .executor(Runnable::run)
            .build();
    EnsembleTrainer trainer =
        EnsembleTrainer.of(CombinerTrainer.fixed(org.leanml.ensemble.combine.Combiner.mean()), 1L)
            .withExecutor(pool);
    Ensemble base =
        trainer.train(
            SHARED,
            Spambase.OUTPUT,
            List.of(words(new CountingModeling(TribuoModels.logistic()))),
            train);

    Ensemble tuned =
        trainer.extend(
            base,
            capitals(new CountingModeling(TribuoModels.cart())).withTuner(MemberTuner.of(tuner)),
            train);

    SubModel member = tuned.member("capitals").orElseThrow();
    assertThat(member.provenance().isTuned()).isTrue();
    assertThat(member.provenance().tuning())
        .containsKeys("param.maxDepth", "score", "trials", "tuner.folds")
        .containsEntry("metric", "accuracy");
    assertThat(member.provenance().trainer())
        .containsEntry("maxDepth", member.provenance().tuning().get("param.maxDepth"));
    assertThat(tuned.memberFingerprints().get("words"))
        .isEqualTo(base.memberFingerprints().get("words"));
  }

  @Test
  void extend_memberNotTrainedHere_explainsHowToIntroduceItsRecipe() {
    CountingModeling lr = new CountingModeling(TribuoModels.logistic());
    Ensemble base =
        EnsembleTrainer.stacking(1L)
            .withExecutor(pool)
            .train(SHARED, Spambase.OUTPUT, List.of(words(lr)), train);
    EnsembleTrainer stranger = EnsembleTrainer.stacking(1L).withExecutor(pool);

    assertThatThrownBy(
            () ->
                stranger.extend(base, chars(new CountingModeling(TribuoModels.logistic())), train))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("member 'words' was not trained by this trainer")
        .hasMessageContaining("remember(member, spec)");
  }

  @Test
  void extend_takenName_fails() {
    Ensemble base =
        EnsembleTrainer.of(CombinerTrainer.fixed(org.leanml.ensemble.combine.Combiner.mean()), 1L)
            .withExecutor(pool)
            .train(
                SHARED,
                Spambase.OUTPUT,
                List.of(words(new CountingModeling(TribuoModels.logistic()))),
                train);

    assertThatThrownBy(
            () ->
                EnsembleTrainer.stacking(1L)
                    .extend(base, words(new CountingModeling(TribuoModels.logistic())), train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member name 'words' is already taken");
  }
}
