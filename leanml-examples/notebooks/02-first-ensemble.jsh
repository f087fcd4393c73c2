// Research ticket: a first spam filter as an ensemble that can grow one sub-model at a time.
// Question: how well does one logistic-regression sub-model on the 48 word frequencies do on a
// frozen evaluation set, and can we register it as the champion with its provenance?
// Run: ./leanml notebook leanml-examples/notebooks/02-first-ensemble.jsh

import java.nio.file.*;
import java.util.*;
import org.leanml.core.contract.*;
import org.leanml.core.fingerprint.*;
import org.leanml.registry.*;
import org.leanml.core.split.*;
import org.leanml.core.table.*;
import org.leanml.tribuo.*;
import org.leanml.ensemble.*;
import org.leanml.ensemble.train.*;
import org.leanml.eval.metric.*;
import org.leanml.core.metric.Metric;
import org.leanml.examples.Spambase;

Table data = Spambase.load();
InputContract shared = InputContract.numeric(Spambase.features());
OutputContract output = Spambase.outputContract();
shared.validate(data).throwIfInvalid("spambase");

// 1. Training rows and a frozen evaluation set, both fingerprinted.
TrainTestSplit split = Splits.stratified(data, Spambase.LABEL, 0.3, 2024);
Table train = split.trainOf(data);
Table frozen = split.testOf(data);

// 2. A stacked ensemble with one member on the word frequencies; 3 out-of-fold folds.
EnsembleTrainer trainer = EnsembleTrainer.stacking(7).withFolds(3);
SubModelSpec words = SubModelSpec.projecting("words", shared, Spambase.WORDS, TribuoModels.logistic().withSeed(1));
Ensemble v1 = trainer.train(shared, output, List.of(words), train);
System.out.println(v1);

// 3. Accuracy and AUC with intervals on the frozen set.
int[] truth = Arrays.stream(output.classIndices(frozen)).map(c -> c == output.positiveIndex() ? 1 : 0).toArray();
double[] score = v1.predictBatch(frozen).stream().mapToDouble(p -> p.probability(output.positiveIndex())).toArray();
MetricValues m = BinaryMetrics.evaluate(truth, score);
System.out.println("accuracy " + m.get(Metric.ACCURACY) + ", AUC " + m.get(Metric.AUC));
if (m.value(Metric.AUC) < 0.9) throw new AssertionError("AUC too low: " + m.value(Metric.AUC));

// 4. Register with provenance and make it the champion.
Path dir = Files.createTempDirectory("leanml-notebook-02");
try (ModelRegistry registry = ModelRegistry.open(dir)) {
  ModelVersion v = registry.register(Registration.of("spam", v1)
      .withTrainingData(Fingerprints.of(train)).withEvaluationData(Fingerprints.of(frozen))
      .withMetrics(Map.of("accuracy", m.value(Metric.ACCURACY), "auc", m.value(Metric.AUC))));
  registry.promote("spam", v.version(), "first version: words only");
  System.out.println("registered " + v.ref() + ", champion = " + registry.alias("spam", ModelRegistry.CHAMPION).orElseThrow().ref());
}

// Decision recommendation: ship v1 as the champion; every later change is a new sub-model,
// tested against v1 on the same frozen rows (notebook 03).
/exit
