package org.leanml.core.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {
  static final SearchSpace SPACE =
      SearchSpace.of(
          Parameter.intRange("depth", 2, 9),
          Parameter.realRange("fraction", 0.25, 1.0),
          Parameter.logUniform("rate", 1e-3, 10),
          Parameter.categorical("kind", "a", "b", "c"));

  @Property(tries = 100)
  void random_sameSeed_sameCandidates_allWithinBounds(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int trials) {
    List<Parameters> a = SearchStrategy.random(trials).candidates(SPACE, seed);
    List<Parameters> b = SearchStrategy.random(trials).candidates(SPACE, seed);

    assertThat(a).isEqualTo(b).hasSize(trials);
    for (Parameters p : a) {
      assertThat(p.getInt("depth")).isBetween(2, 9);
      assertThat(p.getDouble("fraction")).isBetween(0.25, 1.0);
      assertThat(p.getDouble("rate")).isBetween(1e-3, 10.0);
      assertThat(p.getString("kind")).isIn("a", "b", "c");
    }
  }

  @Property(tries = 50)
  void grid_sizeIsTheProductOfTheDimensions_andPointsAreDistinct(
      @ForAll @IntRange(min = 2, max = 6) int points) {
    List<Parameters> grid = SPACE.grid(points);

    int depthValues = Math.min(points, 8);
    assertThat(grid).hasSize(depthValues * points * points * 3).doesNotHaveDuplicates();
  }

  @Test
  void grid_rangesIncludeBothEnds() {
    assertThat(Parameter.realRange("x", 0, 1).grid(3)).containsExactly(0.0, 0.5, 1.0);
    List<Object> log = Parameter.logUniform("x", 0.01, 1).grid(3);
    assertThat(log).hasSize(3).startsWith(0.01).endsWith(1.0);
    assertThat((Double) log.get(1)).isCloseTo(0.1, within(1e-12));
    assertThat(Parameter.intRange("x", 1, 3).grid(5)).containsExactly(1, 2, 3);
  }

  @Test
  void logUniform_nonPositiveMin_rejectedNamingParameter() {
    assertThatThrownBy(() -> Parameter.logUniform("rate", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rate'");
  }

  @Test
  void logUniform_samplesEveryDecadeAboutEqually() {
    Parameter p = Parameter.logUniform("rate", 1e-3, 1);
    SplittableRandom rng = new SplittableRandom(5);
    int[] decades = new int[3];

    for (int i = 0; i < 3000; i++) {
      double v = (Double) p.sample(rng);
      decades[Math.min(2, (int) Math.floor(Math.log10(v) + 3))]++;
    }

    for (int d : decades) {
      assertThat(d).isBetween(850, 1150);
    }
  }
}
