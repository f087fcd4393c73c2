// Research ticket: how many requests does a canary of the new spam filter need?
// Question: with today's error rate of 8% and a candidate we believe errs 6.5% of the time, how
// quickly does the always-valid sequential test (mSPRT) decide, and how often does it decide
// wrongly when the two are in fact equal (an A/A canary), although we look after every request?
// Run: ./leanml notebook leanml-examples/notebooks/05-canary-simulation.jsh

import java.util.concurrent.*;
import org.leanml.eval.sequential.*;

ExecutorService pool = Executors.newFixedThreadPool(2);
CanarySimulation sim = CanarySimulation.on(pool);

// 1. A/A: both arms err 8% of the time. Any PROMOTE or ROLLBACK is a false decision.
CanarySimulationResult aa = sim.run(CanaryPlan.of(0.08, 0.08, 4000, 200).withAlpha(0.05).withSeed(7));
System.out.println("A/A: " + aa);
if (aa.falseDecisionRate() > 0.05 + 3 * Math.sqrt(0.05 * 0.95 / 200))
  throw new AssertionError("false decisions above alpha: " + aa.falseDecisionRate());

// 2. A real improvement: 8% -> 6.5%. How often and how fast do we promote?
CanarySimulationResult better = sim.run(CanaryPlan.of(0.08, 0.065, 4000, 200).withSeed(7));
System.out.println("better candidate: " + better);

// 3. A real regression: 8% -> 10%. The canary should roll back, and early.
CanarySimulationResult worse = sim.run(CanaryPlan.of(0.08, 0.10, 4000, 200).withSeed(7));
System.out.println("worse candidate: " + worse);
if (worse.rollback() <= worse.promote()) throw new AssertionError("a worse candidate was not rolled back");

// 4. One live canary, observed request by request: the decision may be checked every time.
SequentialExperiment live = CanarySimulation.testFor(CanaryPlan.of(0.08, 0.10, 4000, 1)).start(Design.TWO_SAMPLE);
var rnd = new java.util.SplittableRandom(11);
Assessment a = live.assessment();
for (int i = 0; i < 4000 && !a.isFinal(); i++) {
  live.observeChampion(rnd.nextDouble() < 0.08 ? 1 : 0);
  a = live.observeCandidate(rnd.nextDouble() < 0.10 ? 1 : 0);
}
System.out.println("live canary: " + a);
pool.shutdown();

// Decision recommendation: with 4,000 units per arm the test keeps its false-decision rate at
// alpha while peeking continuously; plan canaries of at least the median units to decision.
/exit
