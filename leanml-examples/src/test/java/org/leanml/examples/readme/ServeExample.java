package org.leanml.examples.readme;

import java.nio.file.Path;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.registry.ModelRegistry;

/** The README's "embed it in a Java service" snippet, compiled and run by {@link ReadmeTest}. */
final class ServeExample {
  private ServeExample() {}

  static double spamProbability(Path registryDir, Table request) {
    // snippet:serve:start
    try (ModelRegistry registry = ModelRegistry.open(registryDir)) {
      Predictor filter = registry.load("spambase", ModelRegistry.CHAMPION);
      Prediction p = filter.predict(request.row(0));
      return p.probability(filter.outputContract().positiveIndex());
    }
    // snippet:serve:end
  }
}
