// Research ticket: do character frequencies add signal to the spam filter?
// Experiment: extend the champion (words) with a sub-model on the 6 character frequencies,
// without retraining the words member, and compare both on the same frozen evaluation rows.
// Run: ./leanml notebook leanml-examples/notebooks/03-research-ticket-characters.jsh

import java.util.*;
import org.leanml.core.contract.*;
import org.leanml.core.predict.*;
import org.leanml.core.split.*;
import org.leanml.core.table.*;
import org.leanml.tribuo.*;
import org.leanml.ensemble.*;
import org.leanml.ensemble.train.*;
import org.leanml.eval.compare.*;
import org.leanml.eval.metric.*;
import org.leanml.core.metric.Metric;
import org.leanml.examples.Spambase;

Table data = Spambase.load();
InputContract shared = InputContract.numeric(Spambase.features());
OutputContract output = Spambase.outputContract();
TrainTestSplit split = Splits.stratified(data, Spambase.LABEL, 0.3, 2024);
Table train = split.trainOf(data);
Table frozen = split.testOf(data);

EnsembleTrainer trainer = EnsembleTrainer.stacking(7).withFolds(3);
Ensemble champion = trainer.train(shared, output,
    List.of(SubModelSpec.projecting("words", shared, Spambase.WORDS, TribuoModels.logistic().withSeed(1))), train);

// The experiment: one more member; the trainer proves the words member is byte-identical.
Ensemble candidate = trainer.extend(champion,
    SubModelSpec.projecting("characters", shared, Spambase.CHARACTERS, TribuoModels.logistic().withSeed(1)), train);
if (!candidate.member("words").orElseThrow().fingerprint().equals(champion.member("words").orElseThrow().fingerprint()))
  throw new AssertionError("the words member changed");

// The paired comparison on the frozen rows: AUC by DeLong with a non-inferiority margin.
ComparisonResult r = PairedComparison.of(frozen, output, champion.predictBatch(frozen), candidate.predictBatch(frozen))
    .with(Metric.AUC).withMargin(0.005).withSeed(7).run();
System.out.printf("AUC %.4f -> %.4f, difference %s, p = %.3g%n",
    r.delong().aucBaseline(), r.delong().aucCandidate(), r.primaryDiff(), r.primaryPValue());
System.out.println("verdict " + r.verdict() + ", gate passes: " + r.passed());
if (r.verdict() == org.leanml.eval.decision.GateVerdict.REGRESSED) throw new AssertionError("characters made it worse");

// Decision recommendation: if the gate passes, register the candidate with the champion as its
// parent and run a canary on live traffic (notebook 05 plans it); otherwise keep the champion.
/exit
