package org.leanml.bench.monitor;

import java.util.concurrent.TimeUnit;
import org.leanml.eval.rollout.Arm;
import org.leanml.eval.rollout.RampSchedule;
import org.leanml.eval.rollout.RolloutMode;
import org.leanml.eval.rollout.TrafficSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing cost of {@link TrafficSplitter} per call (target ≤ 100 ns, no allocation: run with {@code
 * -prof gc}). The baseline is {@code Long.hashCode}-based bucketing, the cheapest non-keyed split.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RoutingBenchmark {
  private TrafficSplitter splitter;
  private final StringBuilder textId = new StringBuilder("user-0000000000");
  private long next;

  /** Builds a canary splitter at its 5% step. */
  @Setup
  public void setUp() {
    splitter = TrafficSplitter.of("bench-salt", RolloutMode.CANARY, RampSchedule.canary());
    splitter.advance();
  }

  /**
   * Routes a numeric unit id.
   *
   * @return the arm
   */
  @Benchmark
  public Arm routeLong() {
    return splitter.route(next++);
  }

  /**
   * Routes a 15-character textual unit id, mutated in place so nothing is allocated.
   *
   * @return the arm
   */
  @Benchmark
  public Arm routeText() {
    long n = next++;
    for (int i = textId.length() - 1; i >= 5; i--) {
      textId.setCharAt(i, (char) ('0' + (int) (n % 10)));
      n /= 10;
    }
    return splitter.route(textId);
  }

  /**
   * Baseline: an unkeyed hash modulo the bucket count.
   *
   * @return whether the unit is in a 5% share
   */
  @Benchmark
  public boolean baselineUnkeyedModulo() {
    return Math.floorMod(Long.hashCode(next++ * 0x9E3779B97F4A7C15L), 10_000) < 500;
  }
}
