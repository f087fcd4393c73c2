// Research ticket: has the live traffic moved away from the training data, and which live rows
// should our annotators label first?
// Experiment: compare the training rows with two live windows (a random one, and one where
// capital-heavy mail is over-represented), then build a labelling queue for the shifted window.
// Run: ./leanml notebook leanml-examples/notebooks/06-drift-and-labelling.jsh

import java.util.*;
import org.leanml.core.contract.*;
import org.leanml.core.predict.*;
import org.leanml.registry.*;
import org.leanml.core.split.*;
import org.leanml.core.table.*;
import org.leanml.tribuo.*;
import org.leanml.eval.drift.*;
import org.leanml.eval.label.*;
import org.leanml.examples.Spambase;

Table data = Spambase.load();
OutputContract output = Spambase.outputContract();
List<String> features = Spambase.features();
TrainTestSplit split = Splits.stratified(data, Spambase.LABEL, 0.5, 11);
Table train = split.trainOf(data);
Table live = split.testOf(data);

// 1. A random live window: no drift expected.
DriftDetector detector = DriftDetector.withDefaults();
DriftReport calm = detector.compare(train.select(features), live.select(features));
System.out.println("random window: " + calm.verdict() + " " + calm.driftedFeatures());

// 2. A shifted window: only mails with more than the median capital run length.
double[] caps = live.numeric("capitalLong").toArray();
double median = Arrays.stream(caps).sorted().toArray()[caps.length / 2];
int[] heavy = java.util.stream.IntStream.range(0, caps.length).filter(i -> caps[i] > median).toArray();
Table shifted = live.rows(heavy);
DriftReport moved = detector.compare(train.select(features), shifted.select(features));
System.out.println("shifted window: " + moved.verdict() + " " + moved.driftedFeatures());
if (!moved.driftedFeatures().contains("capitalLong")) throw new AssertionError("capitalLong drift not found");

// 3. A labelling queue on the shifted window: uncertain rows and rows from the drifted regions.
Predictor champion = TribuoModels.logistic().withSeed(1).fit(train, InputContract.numeric(Spambase.WORDS), output);
List<Prediction> predictions = champion.predictBatch(shifted);
List<Selection> queue = LabellingQueue.builder(shifted.select(features), predictions, output)
    .drift(DataSummary.of(train.select(features), Runnable::run), moved).seed(3).build()
    .select(20, SelectionStrategy.UNCERTAINTY, SelectionStrategy.DRIFT_REGION);
queue.forEach(System.out::println);

// 4. In production the reference travels with the model: register the champion with the summary
// of its training rows; a monitor of the deployed version starts from the stored summary.
ModelRegistry registry = ModelRegistry.builder().store(new InMemoryRegistryStore())
    .codecs(List.of(new TribuoCodec())).build();
ModelVersion v1 = registry.register(ReferenceSummaries.attach(
    Registration.of("spam", champion), DataSummary.of(train.select(features), Runnable::run)));
DriftReport fromRegistry = detector.compare(
    ReferenceSummaries.load(registry, v1.ref()), DataSummary.of(shifted.select(features), Runnable::run));
System.out.println("from the stored reference of " + v1.ref() + ": " + fromRegistry.verdict());
if (!fromRegistry.equals(moved)) throw new AssertionError("the stored reference gave another report");

// Decision recommendation: when a window drifts, send the queue to the annotators, import the
// labels, and re-run the regression test of notebook 04 on the newly labelled rows.
/exit
