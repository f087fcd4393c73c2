package org.leanml.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.contract.InputContract;
import org.leanml.core.split.Splits;
import org.leanml.core.table.Table;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.examples.Spambase;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.Registration;
import org.leanml.tribuo.TribuoModels;

/**
 * Every Java snippet of the README outside {@code leanml-core} is the verbatim body of a compiled
 * test source here, and runs.
 */
class ReadmeTest {
  @TempDir Path dir;

  static String snippet(Path source, String name) throws IOException {
    String text = Files.readString(source);
    int start = text.indexOf("// snippet:" + name + ":start");
    int end = text.indexOf("// snippet:" + name + ":end");
    assertThat(start).as("start marker of %s in %s", name, source).isNotNegative();
    String body = text.substring(text.indexOf('\n', start) + 1, text.lastIndexOf('\n', end));
    int indent = body.length() - body.stripLeading().length();
    return body.lines()
        .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }

  private static Path sources() {
    return Path.of(System.getProperty("user.dir"))
        .resolve("src/test/java/org/leanml/examples/readme");
  }

  private static String readme() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("user.dir")).getParent().resolve("README.md"));
  }

  @Test
  void readme_showsTheServeAndRegressionSnippetsVerbatim() throws IOException {
    String serve = snippet(sources().resolve("ServeExample.java"), "serve");
    String regression = snippet(sources().resolve("SpamFilterRegressionTest.java"), "regression");

    String readme = readme();

    assertThat(readme).contains(serve).contains(regression);
  }

  @Test
  void serveSnippet_loadsTheChampionAndScoresARequest() {
    Table data = Spambase.load();
    InputContract shared = InputContract.numeric(Spambase.features());
    Ensemble model =
        EnsembleTrainer.stacking(1)
            .withFolds(2)
            .train(
                shared,
                Spambase.outputContract(),
                List.of(
                    SubModelSpec.projecting(
                        "words", shared, Spambase.WORDS, TribuoModels.logistic().withSeed(1))),
                Splits.stratified(data, Spambase.LABEL, 0.8, 1).trainOf(data));
    try (ModelRegistry registry = ModelRegistry.open(dir)) {
      int v = registry.register(Registration.of("spambase", model)).version();
      registry.promote("spambase", v, "first version");
    }

    double p = ServeExample.spamProbability(dir, data.rows(new int[] {0}));

    assertThat(p).isBetween(0.0, 1.0);
  }

  @Test
  void readme_startsWithTheDemoAndTheBuild() throws IOException {
    String readme = readme();

    assertThat(readme.indexOf("./leanml demo")).isBetween(0, readme.indexOf("mvn -B -ntp verify"));
    assertThat(readme)
        .contains("./leanml notebook leanml-examples/notebooks/01-etl-and-contracts.jsh");
  }
}
