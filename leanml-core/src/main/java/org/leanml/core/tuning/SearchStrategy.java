package org.leanml.core.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a tuner chooses candidate points: {@link #grid(int)} or {@link #random(int)}. The candidates
 * are fixed before any trial runs, so they never depend on scheduling.
 */
public interface SearchStrategy {

  /**
   * The candidate points, in trial order.
   *
   * @param space the search space
   * @param seed the seed for random choices
   * @return the candidates
   */
  List<Parameters> candidates(SearchSpace space, long seed);

  /**
   * A short description for configurations, e.g. {@code "grid(points=5)"}.
   *
   * @return the description
   */
  String describe();

  /**
   * Grid search: the full cartesian product, continuous ranges taken at {@code points} evenly
   * spaced values (geometrically spaced for log-uniform ranges).
   *
   * @param points values per continuous dimension, at least 2
   * @return the strategy
   * @throws IllegalArgumentException if {@code points < 2}
   */
  static SearchStrategy grid(int points) {
    if (points < 2) {
      throw new IllegalArgumentException("grid points must be >= 2 but was " + points);
    }
    return new SearchStrategy() {
      @Override
      public List<Parameters> candidates(SearchSpace space, long seed) {
        return space.grid(points);
      }

      @Override
      public String describe() {
        return "grid(points=" + points + ")";
      }
    };
  }

  /**
   * Random search (Bergstra and Bengio, "Random Search for Hyper-Parameter Optimization", JMLR 13,
   * 2012): {@code trials} independent draws from one seeded random source.
   *
   * @param trials the number of draws, at least 1
   * @return the strategy
   * @throws IllegalArgumentException if {@code trials < 1}
   */
  static SearchStrategy random(int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be >= 1 but was " + trials);
    }
    return new SearchStrategy() {
      @Override
      public List<Parameters> candidates(SearchSpace space, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Parameters> out = new ArrayList<>(trials);
        for (int i = 0; i < trials; i++) {
          out.add(space.sample(rng));
        }
        return out;
      }

      @Override
      public String describe() {
        return "random(trials=" + trials + ")";
      }
    };
  }
}
