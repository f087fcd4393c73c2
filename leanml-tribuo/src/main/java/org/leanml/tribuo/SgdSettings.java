package org.leanml.tribuo;

import java.util.Map;
import java.util.TreeMap;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The stochastic gradient descent options shared by logistic and linear regression: AdaGrad (Duchi,
 * Hazan and Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic Optimization",
 * JMLR 12, 2011) with an initial learning rate and epsilon, a number of epochs, a minibatch size
 * and a seed.
 */
record SgdSettings(int epochs, double learningRate, double epsilon, int minibatchSize, long seed)
    implements StageSettings<SgdSettings> {
  /** Tribuo's own defaults for its logistic regression trainer. */
  static final SgdSettings DEFAULTS = new SgdSettings(5, 1.0, 0.1, 1, 12345L);

  /** Tribuo logs progress every this many examples; effectively never. */
  static final int LOGGING_INTERVAL = Integer.MAX_VALUE;

  SgdSettings {
    Checks.atLeast("epochs", epochs, 1);
    Checks.positive("learningRate", learningRate);
    Checks.positive("epsilon", epsilon);
    Checks.atLeast("minibatchSize", minibatchSize, 1);
  }

  AdaGrad optimiser() {
    return new AdaGrad(learningRate, epsilon);
  }

  SgdSettings withEpochs(int newEpochs) {
    return new SgdSettings(newEpochs, learningRate, epsilon, minibatchSize, seed);
  }

  SgdSettings withLearningRate(double newLearningRate) {
    return new SgdSettings(epochs, newLearningRate, epsilon, minibatchSize, seed);
  }

  SgdSettings withEpsilon(double newEpsilon) {
    return new SgdSettings(epochs, learningRate, newEpsilon, minibatchSize, seed);
  }

  SgdSettings withMinibatchSize(int newMinibatchSize) {
    return new SgdSettings(epochs, learningRate, epsilon, newMinibatchSize, seed);
  }

  @Override
  public SgdSettings withSeed(long newSeed) {
    return new SgdSettings(epochs, learningRate, epsilon, minibatchSize, newSeed);
  }

  @Override
  public Map<String, String> describe(String algorithm) {
    Map<String, String> m = new TreeMap<>();
    m.put("algorithm", algorithm);
    m.put("optimiser", "adagrad");
    m.put("epochs", Integer.toString(epochs));
    m.put("learningRate", Double.toString(learningRate));
    m.put("epsilon", Double.toString(epsilon));
    m.put("minibatchSize", Integer.toString(minibatchSize));
    m.put("seed", Long.toString(seed));
    return m;
  }
}
