package org.leanml.cli.drift;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.leanml.cli.LeanMl;
import org.leanml.cli.ReportOptions;
import org.leanml.cli.input.CsvInput;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.DriftVerdict;
import org.leanml.eval.drift.FeatureSummary;
import org.leanml.eval.drift.NumericSample;
import org.leanml.eval.drift.ReferenceSummaries;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.RegistryNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code leanml drift}: compares the feature distributions of a current file with a reference file,
 * or with the drift reference summary stored with a registered version ({@code --reference-model
 * NAME@VERSION --registry DIR}). Exit status 0 when no feature drifted, 1 when one did, 2 for bad
 * input.
 *
 * <p>Column types come from the reference: a column is categorical when named by {@code
 * --categorical}, or when at most half of its reference cells are numbers; otherwise it is numeric
 * and any cell that is not a number is an error naming file, line and column. The current file is
 * read with the reference's types.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare the feature distributions of a current file with a reference file",
      "or with the reference summary stored with a registered version.",
      "Exit status: 0 no drift, 1 drift, 2 bad input."
    })
public final class DriftCommand implements Callable<Integer> {
  @Option(
      names = "--reference",
      paramLabel = "REF.csv",
      description = "The reference window (for example the training data).")
  Path reference;

  @Option(
      names = "--reference-model",
      paramLabel = "NAME@VERSION",
      description = {
        "Instead of --reference: the drift reference summary stored with a registered version;",
        "VERSION is a number or an alias such as champion. Needs --registry."
      })
  String referenceModel;

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "The registry directory, for --reference-model.")
  Path registry;

  @Option(
      names = "--current",
      required = true,
      paramLabel = "CUR.csv",
      description = "The current window.")
  Path current;

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "COL",
      description = "The features to compare (default: every column of the reference).")
  List<String> columns = new ArrayList<>();

  @Option(
      names = "--categorical",
      split = ",",
      paramLabel = "COL",
      description = "Features to treat as categorical even when they hold numbers.")
  List<String> categorical = new ArrayList<>();

  @Option(
      names = "--bins",
      paramLabel = "B",
      defaultValue = "10",
      description =
          "Quantile bins of numeric features for PSI and Jensen-Shannon (default ${DEFAULT-VALUE}).")
  int bins;

  @Mixin ReportOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public DriftCommand() {}

  @Override
  public Integer call() {
    if (bins < 2) {
      throw new IllegalArgumentException("--bins must be at least 2 but was " + bins);
    }
    if ((reference == null) == (referenceModel == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give exactly one of --reference REF.csv and --reference-model NAME@VERSION");
    }
    if (referenceModel != null) {
      return finish(compareWithStoredReference());
    }
    if (registry != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--registry goes with --reference-model, not with --reference");
    }
    Set<String> cats = new LinkedHashSet<>(categorical);
    Map<String, ColumnType> refTypes = new LinkedHashMap<>();
    for (String c : cats) {
      refTypes.put(c, ColumnType.CATEGORICAL);
    }
    CsvInput ref = CsvInput.read(reference, refTypes);
    List<String> features = columns.isEmpty() ? ref.table().columnNames() : columns;
    List<String> needed = new ArrayList<>(features);
    for (String c : cats) {
      if (!needed.contains(c)) {
        needed.add(c);
      }
    }
    ref.requireColumns(needed);
    // A column of numbers with a few stray words is a numeric column with bad values, not a
    // categorical one: read it again as numeric, which names the line of the first stray word.
    boolean mostlyNumbers = false;
    for (String f : features) {
      Column c = ref.table().column(f);
      if (!cats.contains(f) && c instanceof CategoricalColumn cc && mostlyNumbers(cc)) {
        refTypes.put(f, ColumnType.NUMERIC);
        mostlyNumbers = true;
      }
    }
    if (mostlyNumbers) {
      ref = CsvInput.read(reference, refTypes);
    }
    Map<String, ColumnType> curTypes = new LinkedHashMap<>();
    for (String f : features) {
      Column c = ref.table().column(f);
      if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.CATEGORICAL) {
        throw ref.problem(f, "is " + c.type() + "; drift compares numeric and categorical columns");
      }
      curTypes.put(f, c.type());
    }
    CsvInput cur = CsvInput.read(current, curTypes);
    cur.requireColumns(features);
    Table r = ref.table().select(features);
    Table c = cur.table().select(features);
    return finish(
        DriftDetector.withDefaults().withBins(bins).on(ForkJoinPool.commonPool()).compare(r, c));
  }

  private int finish(DriftReport report) {
    output.write(render(report), report.verdict().toString(), spec);
    return report.verdict() == DriftVerdict.DRIFT ? LeanMl.GATE_FAILED : LeanMl.OK;
  }

  /**
   * The current file against the reference summary stored with a registered version: column types
   * come from the summary, so {@code --categorical} does not apply.
   */
  private DriftReport compareWithStoredReference() {
    if (!categorical.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--categorical applies to --reference REF.csv; with --reference-model the column types"
              + " come from the stored summary");
    }
    if (registry == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--reference-model needs --registry DIR");
    }
    int at = referenceModel.lastIndexOf('@');
    if (at <= 0 || at == referenceModel.length() - 1) {
      throw new IllegalArgumentException(
          "--reference-model must be NAME@VERSION or NAME@ALIAS (for example churn@3 or"
              + " churn@champion) but was '"
              + referenceModel
              + "'");
    }
    String name = referenceModel.substring(0, at);
    String which = referenceModel.substring(at + 1);
    RegistryNames.require("--reference-model name", name);
    if (!Files.isDirectory(registry)) {
      throw new IllegalArgumentException("--registry " + registry + " is not a directory");
    }
    DataSummary stored;
    ModelVersion version;
    try (ModelRegistry models = ModelRegistry.open(registry)) {
      if (!models.names().contains(name)) {
        throw new IllegalArgumentException(
            "--reference-model "
                + referenceModel
                + ": no model '"
                + name
                + "' in "
                + registry
                + " (it holds "
                + models.names()
                + ")");
      }
      if (which.matches("[1-9][0-9]{0,8}")) {
        version = models.get(name, Integer.parseInt(which));
      } else {
        RegistryNames.require("--reference-model alias", which);
        version =
            models
                .alias(name, which)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "--reference-model "
                                + referenceModel
                                + ": alias '"
                                + which
                                + "' of "
                                + name
                                + " is not set (aliases: "
                                + models.aliases(name)
                                + ")"));
      }
      ModelVersion v = version;
      stored =
          ReferenceSummaries.find(models, v.ref())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--reference-model "
                              + referenceModel
                              + ": "
                              + v.ref()
                              + " has no stored drift reference summary (attachment "
                              + ReferenceSummaries.ATTACHMENT
                              + ")"));
    }
    List<String> names = new ArrayList<>();
    for (FeatureSummary f : stored.features()) {
      names.add(f.name());
    }
    List<String> features = columns.isEmpty() ? names : columns;
    List<FeatureSummary> selected = new ArrayList<>();
    Map<String, ColumnType> curTypes = new LinkedHashMap<>();
    for (String f : features) {
      FeatureSummary s =
          stored
              .feature(f)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--columns: feature '"
                              + f
                              + "' is not in the stored summary of "
                              + version.ref()
                              + " (it has "
                              + names
                              + ")"));
      selected.add(s);
      curTypes.put(f, s instanceof NumericSample ? ColumnType.NUMERIC : ColumnType.CATEGORICAL);
    }
    CsvInput cur = CsvInput.read(current, curTypes);
    cur.requireColumns(features);
    DriftDetector detector =
        DriftDetector.withDefaults().withBins(bins).on(ForkJoinPool.commonPool());
    return detector.compare(
        new DataSummary(stored.rows(), selected),
        DataSummary.of(cur.table().select(features), detector.executor()));
  }

  /** Whether more than half of the present cells parse as numbers. */
  static boolean mostlyNumbers(CategoricalColumn c) {
    List<String> levels = c.levels();
    boolean[] number = new boolean[levels.size()];
    for (int i = 0; i < number.length; i++) {
      number[i] = isNumber(levels.get(i));
    }
    long numbers = 0;
    long present = 0;
    for (int r = 0; r < c.size(); r++) {
      int code = c.code(r);
      if (code >= 0) {
        present++;
        numbers += number[code] ? 1 : 0;
      }
    }
    return present > 0 && 2 * numbers > present;
  }

  private static boolean isNumber(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
      return false;
    }
    try {
      Double.parseDouble(t);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String render(DriftReport report) {
    switch (output.format()) {
      case TEXT:
        return DriftText.render(report);
      case JSON:
        return report.toJson(true);
      case MARKDOWN:
        return DriftDocuments.markdown(report);
      case HTML:
        return DriftDocuments.html(report);
      default:
        throw new AssertionError(output.format());
    }
  }
}
