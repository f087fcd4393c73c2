package org.leanml.cli.lineage;

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
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.metric.Metric;
import org.leanml.core.split.Splits;
import org.leanml.core.split.TrainTestSplit;
import org.leanml.core.table.Table;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.eval.metric.BinaryMetrics;
import org.leanml.eval.metric.MetricValues;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leanml train}: the first version of a lineage (or a new root), one sub-model per column
 * group, with a frozen evaluation set recorded in the registry; registered as {@code champion}.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train the first version of a model on a CSV file: one sub-model per column group,",
      "a frozen evaluation set recorded with the version, registered as champion.",
      "Exit status: 0 done, 2 bad input."
    })
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "The data.")
  Path data;

  @Option(names = "--label", required = true, paramLabel = "COL", description = "The label.")
  String label;

  @Option(names = "--positive", paramLabel = "VALUE", description = "The positive label value.")
  String positive;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "NAME=COL1,COL2",
      description = "A sub-model's columns (repeatable).")
  List<String> groups = new ArrayList<>();

  @Option(names = "--registry", required = true, paramLabel = "DIR", description = "Registry.")
  Path registry;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Model name.")
  String name;

  @Option(
      names = "--model",
      defaultValue = "logistic",
      paramLabel = "logistic|tree",
      description = "Sub-model kind.")
  String model;

  @Option(
      names = "--combiner",
      defaultValue = "stacking",
      paramLabel = "stacking|mean|weighted",
      description = "How sub-models are combined.")
  String combiner;

  @Option(names = "--tune", description = "Tune each sub-model by cross-validated random search.")
  boolean tune;

  @Option(
      names = "--impute",
      defaultValue = "fail",
      paramLabel = "fail|median|drop",
      description = "Missing values: an error (default), training medians, or drop the rows.")
  String impute;

  @Option(
      names = "--eval-fraction",
      defaultValue = "0.3",
      paramLabel = "F",
      description = "Share of rows frozen for evaluation (default ${DEFAULT-VALUE}).")
  double evalFraction;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed.")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public TrainCommand() {}

  @Override
  public Integer call() {
    Lineage.ModelKind kind = Lineage.parse(Lineage.ModelKind.class, "--model", model);
    Lineage.CombinerKind ck = Lineage.parse(Lineage.CombinerKind.class, "--combiner", combiner);
    Lineage.MissingPolicy policy = Lineage.parse(Lineage.MissingPolicy.class, "--impute", impute);
    if (!(evalFraction > 0 && evalFraction < 1)) {
      throw new IllegalArgumentException(
          "--eval-fraction must be in (0, 1) but was " + evalFraction);
    }
    List<Lineage.Group> gs = new ArrayList<>();
    List<String> needed = new ArrayList<>();
    for (String g : groups) {
      Lineage.Group group = Lineage.Group.parse("--group", g);
      if (gs.stream().anyMatch(x -> x.name().equals(group.name()))) {
        throw new IllegalArgumentException("--group " + group.name() + " is given twice");
      }
      gs.add(group);
      needed.addAll(group.columns());
    }
    Lineage.Data d = Lineage.read(data, label, needed);
    Table table = d.raw();
    Map<String, String> tags = new TreeMap<>();
    if (policy == Lineage.MissingPolicy.FAIL) {
      Lineage.requireComplete(d, label);
    } else if (policy == Lineage.MissingPolicy.DROP) {
      table = table.rows(Lineage.completeRows(table, d.shared(), label));
    }
    OutputContract output = Lineage.output(table, label, positive);
    output.validate(table, 1).throwIfInvalid(data + ", column " + label);
    TrainTestSplit split = Splits.stratified(table, label, evalFraction, seed);
    if (policy == Lineage.MissingPolicy.MEDIAN) {
      Map<String, Double> fills = Lineage.medians(split.trainOf(table), d.shared());
      table = Lineage.fill(table, fills);
      tags.put(Lineage.FILLS, Lineage.encodeFills(fills));
    }
    Table train = split.trainOf(table);
    Table frozen = split.testOf(table);
    InputContract shared = InputContract.numeric(d.shared());
    List<SubModelSpec> specs = new ArrayList<>();
    for (Lineage.Group g : gs) {
      SubModelSpec s = Lineage.spec(g, shared, kind, seed);
      specs.add(tune ? s.withTuner(Lineage.tuner(kind, seed)) : s);
      tags.put(Lineage.GROUP + g.name(), String.join(",", g.columns()));
    }
    Ensemble ensemble = Lineage.trainer(ck, seed).train(shared, output, specs, train);

    tags.put(Lineage.LABEL, label);
    tags.put(Lineage.NEGATIVE, output.labels().get(1 - output.positiveIndex()));
    tags.put(Lineage.POSITIVE, output.labels().get(output.positiveIndex()));
    tags.put(Lineage.DATA, Fingerprints.of(d.raw()).hex());
    tags.put(Lineage.EVAL_ROWS, Lineage.encodeRows(split.test()));
    tags.put(Lineage.IMPUTE, policy.name().toLowerCase(Locale.ROOT));
    tags.put(Lineage.MODEL, kind.name().toLowerCase(Locale.ROOT));
    tags.put(Lineage.COMBINER, ck.name().toLowerCase(Locale.ROOT));
    tags.put(Lineage.SEED, Long.toString(seed));
    tags.put(Lineage.SHARED, String.join(",", d.shared()));
    try (ModelRegistry r = ModelRegistry.open(registry)) {
      ModelVersion v =
          r.register(
              Registration.of(name, ensemble)
                  .withTrainingData(Fingerprints.of(train))
                  .withEvaluationData(Fingerprints.of(frozen))
                  .withMetrics(metrics(ensemble, frozen, output))
                  .withTags(tags));
      r.promote(name, v.version(), "leanml train: new lineage root from " + data.getFileName());
      var out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "%s v%d (champion): sub-models %s; frozen evaluation set %d rows; accuracy %.4f, auc %.4f%n",
          name,
          v.version(),
          ensemble.memberNames(),
          frozen.rowCount(),
          v.metrics().get("accuracy"),
          v.metrics().get("auc"));
      out.flush();
    }
    return LeanMl.OK;
  }

  static Map<String, Double> metrics(Ensemble model, Table frozen, OutputContract output) {
    int pos = output.positiveIndex();
    int[] classes = output.classIndices(frozen);
    int[] truth = new int[classes.length];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = classes[i] == pos ? 1 : 0;
    }
    double[] score =
        model.predictBatch(frozen).stream().mapToDouble(p -> p.probability(pos)).toArray();
    MetricValues m = BinaryMetrics.evaluate(truth, score);
    Map<String, Double> out = new TreeMap<>();
    out.put("accuracy", m.value(Metric.ACCURACY));
    out.put("auc", m.value(Metric.AUC));
    return out;
  }
}
