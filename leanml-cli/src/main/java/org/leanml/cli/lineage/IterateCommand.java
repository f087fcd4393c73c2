package org.leanml.cli.lineage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.leanml.cli.LeanMl;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.metric.Metric;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.ensemble.ColumnProjection;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.eval.history.FrozenSet;
import org.leanml.eval.history.HistoryComparison;
import org.leanml.eval.history.HistoryResult;
import org.leanml.eval.history.VersionPredictions;
import org.leanml.eval.report.ComparisonReport;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leanml iterate}: adds one sub-model to the champion without retraining the others, runs
 * the regression test against every earlier version on the frozen evaluation set recorded at {@code
 * train}, registers the result as {@code candidate} and prints the report. Exit 0 when the gate
 * passes, 1 when it fails, 2 for bad input (including data whose fingerprint differs from the one
 * recorded at {@code train}).
 */
@Command(
    name = "iterate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Add one sub-model to the champion, regression-test it against every earlier version",
      "on the frozen evaluation set, and register it as candidate.",
      "Exit status: 0 gate passes, 1 gate fails, 2 bad input."
    })
public final class IterateCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "The data.")
  Path data;

  @Option(names = "--registry", required = true, paramLabel = "DIR", description = "Registry.")
  Path registry;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Model name.")
  String name;

  @Option(
      names = "--add-group",
      required = true,
      paramLabel = "NAME=COL1,COL2",
      description = "The new sub-model's columns.")
  String addGroup;

  @Option(
      names = "--margin",
      defaultValue = "0",
      paramLabel = "D",
      description = "Allowed AUC worsening (default ${DEFAULT-VALUE}).")
  double margin;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      paramLabel = "markdown|json|html",
      description = "Report format (default ${DEFAULT-VALUE}).")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public IterateCommand() {}

  @Override
  public Integer call() {
    if (!List.of("markdown", "json", "html", "text").contains(format)) {
      throw new IllegalArgumentException(
          "--format must be markdown, json or html but was '" + format + "'");
    }
    if (!(margin >= 0 && Double.isFinite(margin))) {
      throw new IllegalArgumentException("--margin must be finite and >= 0 but was " + margin);
    }
    Lineage.Group group = Lineage.Group.parse("--add-group", addGroup);
    if (!Files.isDirectory(registry)) {
      throw new IllegalArgumentException("--registry " + registry + " is not a directory");
    }
    try (ModelRegistry r = ModelRegistry.open(registry)) {
      ModelVersion champ =
          r.alias(name, ModelRegistry.CHAMPION)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--name " + name + " has no champion in " + registry + "; run train"));
      Map<String, String> tags = champ.tags();
      if (!tags.containsKey(Lineage.EVAL_ROWS)) {
        throw new IllegalArgumentException(
            name + " v" + champ.version() + " was not trained by leanml train (no frozen rows)");
      }
      String label = tag(champ, Lineage.LABEL);
      Lineage.Data d = Lineage.read(data, label, group.columns());
      Fingerprint recorded = new Fingerprint(tag(champ, Lineage.DATA));
      Fingerprint actual = Fingerprints.of(d.raw());
      if (!actual.equals(recorded)) {
        throw new IllegalArgumentException(
            data
                + " has fingerprint "
                + actual.shortHex()
                + " but "
                + name
                + " was trained on data with fingerprint "
                + recorded.shortHex()
                + "; iterate needs the same file to find the frozen evaluation rows");
      }
      Table table = d.raw();
      String policy = tags.get(Lineage.IMPUTE);
      if ("drop".equals(policy)) {
        table = table.rows(Lineage.completeRows(table, d.shared(), label));
      } else if ("median".equals(policy)) {
        table = Lineage.fill(table, Lineage.decodeFills(tag(champ, Lineage.FILLS)));
      } else {
        Lineage.requireComplete(d, label);
      }
      int[] evalRows = Lineage.decodeRows(tag(champ, Lineage.EVAL_ROWS));
      Table frozen = table.rows(evalRows);
      Table train = table.rows(Lineage.complement(table.rowCount(), evalRows));
      if (champ.evaluationData().isPresent()
          && !champ.evaluationData().get().equals(Fingerprints.of(frozen))) {
        throw new IllegalArgumentException(
            "the frozen evaluation rows rebuilt from "
                + data
                + " do not match the fingerprint recorded with "
                + name
                + " v"
                + champ.version());
      }

      Predictor loaded = r.load(name, champ.version());
      if (!(loaded instanceof Ensemble base)) {
        throw new IllegalArgumentException(name + " v" + champ.version() + " is not an ensemble");
      }
      InputContract shared = base.inputContract();
      OutputContract output = base.outputContract();
      long seed = Long.parseLong(tag(champ, Lineage.SEED));
      Lineage.ModelKind kind =
          Lineage.parse(Lineage.ModelKind.class, "model", tag(champ, Lineage.MODEL));
      EnsembleTrainer trainer =
          Lineage.trainer(
              Lineage.parse(Lineage.CombinerKind.class, "combiner", tag(champ, Lineage.COMBINER)),
              seed);
      for (SubModel m : base.members()) {
        // The recipe below re-fits a member from its columns; for a member on derived features
        // it would fit another model, and the combiner would be refitted on the wrong
        // out-of-fold outputs without any error.
        if (!(m.features() instanceof ColumnProjection)) {
          throw new IllegalArgumentException(
              name
                  + " v"
                  + champ.version()
                  + ": sub-model '"
                  + m.name()
                  + "' reads derived features ('"
                  + m.features().name()
                  + "'), which leanml iterate cannot re-fit; extend that ensemble with the"
                  + " library's EnsembleTrainer");
        }
        trainer.remember(
            m,
            SubModelSpec.projecting(
                m.name(), shared, m.requires().names(), Lineage.modeling(kind, seed)));
      }
      if (base.memberNames().contains(group.name())) {
        throw new IllegalArgumentException(
            "--add-group " + group.name() + ": the champion already has a sub-model of that name");
      }
      Ensemble candidate = trainer.extend(base, Lineage.spec(group, shared, kind, seed), train);

      Map<String, String> newTags = new TreeMap<>(tags);
      newTags.put(Lineage.GROUP + group.name(), String.join(",", group.columns()));
      ModelVersion v =
          r.register(
              Registration.of(name, candidate)
                  .withParent(champ.version())
                  .withTrainingData(Fingerprints.of(train))
                  .withEvaluationData(Fingerprints.of(frozen))
                  .withMetrics(TrainCommand.metrics(candidate, frozen, output))
                  .withTags(newTags));
      r.setAlias(name, ModelRegistry.CANDIDATE, v.version(), "leanml iterate: +" + group.name());

      FrozenSet set = FrozenSet.of(frozen, output);
      List<VersionPredictions> history = new ArrayList<>();
      for (ModelVersion e : r.list(name)) {
        if (e.version() < v.version() && e.evaluationData().equals(v.evaluationData())) {
          history.add(
              VersionPredictions.of(
                  "v" + e.version(),
                  set.fingerprint(),
                  output,
                  r.load(name, e.version()).predictBatch(frozen)));
        }
      }
      HistoryResult h =
          HistoryComparison.of(
                  set,
                  VersionPredictions.of(
                      "v" + v.version(), set.fingerprint(), output, candidate.predictBatch(frozen)),
                  history)
              .withChampion("v" + champ.version())
              .configure(c -> c.with(Metric.AUC).withMargin(margin).withSeed(seed))
              .run();
      ComparisonReport report = ComparisonReport.of(h);
      String text =
          switch (format) {
            case "json" -> report.toJson();
            case "html" -> report.toHtml();
            default -> report.toMarkdown();
          };
      var out = spec.commandLine().getOut();
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.printf(
          Locale.ROOT,
          "%s v%d registered as candidate; gate %s%n",
          name,
          v.version(),
          h.passed() ? "passes" : "fails");
      out.flush();
      return h.passed() ? LeanMl.OK : LeanMl.GATE_FAILED;
    }
  }

  /**
   * A tag that {@code leanml train} records on every version it registers.
   *
   * @throws IllegalArgumentException naming the version and the tag when it is missing
   */
  private static String tag(ModelVersion v, String key) {
    String value = v.tags().get(key);
    if (value == null) {
      throw new IllegalArgumentException(
          v.name()
              + " v"
              + v.version()
              + " has no tag '"
              + key
              + "' (it was not trained by leanml train)");
    }
    return value;
  }
}
