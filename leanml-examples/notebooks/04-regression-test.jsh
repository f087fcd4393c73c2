// Research ticket: regression test of a candidate spam filter before release.
// Question: is a logistic regression on word AND character frequencies better than today's
// model on word frequencies alone, on the same frozen evaluation rows, with honest uncertainty?
// Run: ./leanml notebook leanml-examples/notebooks/04-regression-test.jsh

import java.util.*;
import org.leanml.core.contract.*;
import org.leanml.core.fingerprint.*;
import org.leanml.core.predict.*;
import org.leanml.core.split.*;
import org.leanml.core.table.*;
import org.leanml.tribuo.*;
import org.leanml.eval.compare.*;
import org.leanml.eval.metric.*;
import org.leanml.core.metric.Metric;
import org.leanml.examples.Spambase;

Table data = Spambase.load();
OutputContract output = Spambase.outputContract();

// 1. A frozen evaluation set: stratified, seeded, fingerprinted.
TrainTestSplit split = Splits.stratified(data, Spambase.LABEL, 0.3, 2024);
Table train = split.trainOf(data);
Table frozen = split.testOf(data);
System.out.println("frozen evaluation set " + Fingerprints.of(frozen).shortHex() + ", " + frozen.rowCount() + " rows");

// 2. Baseline (words) and candidate (words + characters), same trainer and seed.
List<String> candidateFeatures = new ArrayList<>(Spambase.WORDS);
candidateFeatures.addAll(Spambase.CHARACTERS);
Predictor baseline = TribuoModels.logistic().withSeed(1).fit(train, InputContract.numeric(Spambase.WORDS), output);
Predictor candidate = TribuoModels.logistic().withSeed(1).fit(train, InputContract.numeric(candidateFeatures), output);

// 3. The paired comparison on the same rows: AUC by DeLong, McNemar, bootstrap, flips.
ComparisonResult r = PairedComparison.of(frozen, output, baseline.predictBatch(frozen), candidate.predictBatch(frozen))
    .with(Metric.AUC).withMargin(0.0).withSeed(7).run();
System.out.printf("AUC %.4f -> %.4f, DeLong z = %.2f, p = %.3g%n",
    r.delong().aucBaseline(), r.delong().aucCandidate(), r.delong().z(), r.delong().pValue());
System.out.println("McNemar b=" + r.mcnemar().b() + " c=" + r.mcnemar().c() + " exact p=" + r.mcnemar().pExact());
System.out.println("flips: " + r.flips());
System.out.println("verdict " + r.verdict() + ", gate passes: " + r.passed());

// Decision recommendation: ship the candidate only when the gate passes (IMPROVED or
// NON_INFERIOR with no regressed slice); otherwise keep the champion and record why.
/exit
