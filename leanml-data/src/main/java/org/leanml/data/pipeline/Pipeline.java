package org.leanml.data.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Predictor;
import org.leanml.core.run.ProgressListener;
import org.leanml.core.run.RunRecord;
import org.leanml.core.run.StageKind;
import org.leanml.core.run.StageRecord;
import org.leanml.core.run.Versions;
import org.leanml.core.stage.Extract;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.stage.Fitted;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Preprocess.FittedPreprocess;
import org.leanml.core.stage.Stage;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checked chain of stages: extract, preprocess*, features, modeling. Build it with {@link
 * #builder()}; {@link Builder#build()} walks the contracts from the extraction's {@link
 * Extract#produces()} through each preprocessing stage's {@link Preprocess#produces} and fails fast
 * with a {@link PipelineDefinitionException} naming the stage and field that do not fit. {@link
 * #fit()} then runs the stages and returns a {@link FittedPipeline}: a predictor over raw rows and
 * the {@link RunRecord}.
 *
 * <p>Checks at build time: stage names are unique; every preprocessing stage's and the feature
 * extraction's requirements are met by the contract before it; the label column survives
 * preprocessing with the right type (categorical for classification with declared categories inside
 * the label domain, numeric for regression); the features do not read the label (that would leak
 * the answer into the model). What build time cannot know — an extraction whose schema is only
 * known by reading, features named after fitted categories, missing labels — is checked when the
 * pipeline runs: the extracted table must satisfy what the extraction declared, and the modelling
 * stage validates the labels.
 *
 * <p>Time comes from the injected {@link Clock} (start, finish and stage durations), so runs are
 * reproducible in tests. The run id, unless given, is derived from the start instant and the stage
 * configurations. Progress goes to the {@link ProgressListener}: {@code ("pipeline", done, total)}
 * after each stage and {@code (stage, 0, 1)} / {@code (stage, 1, 1)} around it. Logging uses SLF4J.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Extract extract;
  private final List<Preprocess> preprocess;
  private final FeatureExtraction features;
  private final Modeling modeling;
  private final OutputContract output;
  private final ProgressListener progress;
  private final Clock clock;
  private final @Nullable String runId;
  private final @Nullable String codeVersion;
  private final InputContract rawContract;

  private Pipeline(
      Builder b,
      Extract extract,
      FeatureExtraction features,
      Modeling modeling,
      OutputContract output,
      InputContract rawContract) {
    this.extract = extract;
    this.preprocess = List.copyOf(b.preprocess);
    this.features = features;
    this.modeling = modeling;
    this.output = output;
    this.progress = b.progress;
    this.clock = b.clock;
    this.runId = b.runId;
    this.codeVersion = b.codeVersion;
    this.rawContract = rawContract;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The contract of raw rows the fitted pipeline's predictor reads: the extraction's specs (type,
   * nullability, finiteness; not the ranges and categories observed in training) of every column a
   * preprocessing stage or the feature extraction requires, except the label.
   *
   * @return the raw input contract
   */
  public InputContract rawInputContract() {
    return rawContract;
  }

  /**
   * The output contract of the model.
   *
   * @return the output contract
   */
  public OutputContract outputContract() {
    return output;
  }

  /**
   * Runs every stage on the extracted data: extracts, fits and applies each preprocessing stage,
   * fits the features and transforms, trains the model.
   *
   * @return the fitted pipeline and its run record
   * @throws org.leanml.core.contract.ContractViolationException if data breaks a contract (the
   *     extracted table its declared contract, a table a stage's input contract, labels the output
   *     contract)
   * @throws org.leanml.core.LeanMlException if a stage fails on its input (e.g. a malformed file)
   */
  public FittedPipeline fit() {
    Instant started = clock.instant();
    int total = 3 + preprocess.size();
    int done = 0;
    List<StageRecord> records = new ArrayList<>();
    LOG.info("pipeline run starting: {} stages", total);

    Instant t0 = begin(extract);
    Table table = extract.extract();
    extract.produces().validate(table).throwIfInvalid("output of stage '" + extract.name() + "'");
    Fingerprint fp = Fingerprints.of(table);
    records.add(end(extract, StageKind.EXTRACT, t0, null, fp, null, 0, table.rowCount()));
    progress.onProgress("pipeline", ++done, total);

    List<FittedPreprocess> fittedPre = new ArrayList<>();
    for (Preprocess p : preprocess) {
      t0 = begin(p);
      FittedPreprocess f = p.fit(table);
      Table out = f.apply(table);
      Fingerprint outFp = Fingerprints.of(out);
      records.add(
          end(
              p,
              StageKind.PREPROCESS,
              t0,
              fp,
              outFp,
              f.stateFingerprint(),
              table.rowCount(),
              out.rowCount()));
      fittedPre.add(f);
      table = out;
      fp = outFp;
      progress.onProgress("pipeline", ++done, total);
    }

    t0 = begin(features);
    FittedFeatures ff = features.fit(table);
    Table x = ff.transform(table);
    if (x.hasColumn(output.labelColumn())) {
      throw new PipelineDefinitionException(
          "stage '"
              + features.name()
              + "' produces a feature named like the label column '"
              + output.labelColumn()
              + "'");
    }
    Fingerprint xFp = Fingerprints.of(x);
    records.add(
        end(
            features,
            StageKind.FEATURES,
            t0,
            fp,
            xFp,
            ff.stateFingerprint(),
            table.rowCount(),
            x.rowCount()));
    progress.onProgress("pipeline", ++done, total);

    t0 = begin(modeling);
    Table data = x.withColumn(table.column(output.labelColumn()));
    Fingerprint dataFp = Fingerprints.of(data);
    Predictor model = modeling.fit(data, ff.produces(), output);
    Fingerprint modelFp = model instanceof Fitted m ? m.stateFingerprint() : null;
    records.add(
        end(
            modeling,
            StageKind.MODELING,
            t0,
            dataFp,
            null,
            modelFp,
            data.rowCount(),
            data.rowCount()));
    progress.onProgress("pipeline", ++done, total);

    Instant finished = clock.instant();
    RunRecord run =
        new RunRecord(
            runId != null ? runId : deriveRunId(started, records),
            started,
            finished,
            codeVersion != null ? codeVersion : Versions.codeVersion(),
            Versions.libraryVersion(),
            records);
    LOG.info(
        "pipeline run {} finished in {} ms",
        run.runId(),
        Duration.between(started, finished).toMillis());
    return new FittedPipeline(
        new PipelinePredictor(rawContract, output, fittedPre, ff, model),
        fittedPre,
        ff,
        model,
        run);
  }

  private Instant begin(Stage s) {
    progress.onProgress(s.name(), 0, 1);
    return clock.instant();
  }

  private StageRecord end(
      Stage s,
      StageKind kind,
      Instant t0,
      @Nullable Fingerprint in,
      @Nullable Fingerprint out,
      @Nullable Fingerprint state,
      long rowsIn,
      long rowsOut) {
    Duration d = Duration.between(t0, clock.instant());
    progress.onProgress(s.name(), 1, 1);
    LOG.info(
        "stage '{}' ({}) done: {} rows in, {} rows out, {} ms",
        s.name(),
        kind,
        rowsIn,
        rowsOut,
        d.toMillis());
    return new StageRecord(
        s.name(),
        kind,
        s.configuration(),
        in,
        out,
        state,
        rowsIn,
        rowsOut,
        d.isNegative() ? Duration.ZERO : d);
  }

  private static String deriveRunId(Instant started, List<StageRecord> records) {
    Fingerprinter f = Fingerprinter.forDomain("leanml.run.id.v1").putString(started.toString());
    for (StageRecord r : records) {
      f.putString(r.name()).putMap(r.configuration());
      f.putString(r.inputFingerprint() == null ? null : r.inputFingerprint().hex());
    }
    return f.finish().hex().substring(0, 16);
  }

  /** Assembles and checks a {@link Pipeline}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Extract extract;
    private final List<Preprocess> preprocess = new ArrayList<>();
    private @Nullable FeatureExtraction features;
    private @Nullable Modeling modeling;
    private @Nullable OutputContract output;
    private ProgressListener progress = ProgressListener.NONE;
    private Clock clock = Clock.systemUTC();
    private @Nullable String runId;
    private @Nullable String codeVersion;

    private Builder() {}

    /**
     * Sets the extraction.
     *
     * @param stage the extraction
     * @return this builder
     */
    public Builder extract(Extract stage) {
      this.extract = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /**
     * Appends a preprocessing stage; stages run in the order added.
     *
     * @param stage the stage
     * @return this builder
     */
    public Builder preprocess(Preprocess stage) {
      preprocess.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Sets the feature extraction (use {@link org.leanml.data.feature.Features#of} for several).
     *
     * @param stage the feature extraction
     * @return this builder
     */
    public Builder features(FeatureExtraction stage) {
      this.features = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /**
     * Sets the modelling stage and what it predicts.
     *
     * @param stage the modelling stage
     * @param outputContract the task and label column
     * @return this builder
     */
    public Builder modeling(Modeling stage, OutputContract outputContract) {
      this.modeling = Objects.requireNonNull(stage, "stage");
      this.output = Objects.requireNonNull(outputContract, "outputContract");
      return this;
    }

    /**
     * Sets the progress listener (default {@link ProgressListener#NONE}).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the clock for timestamps and durations (default {@link Clock#systemUTC()}).
     *
     * @param runClock the clock
     * @return this builder
     */
    public Builder clock(Clock runClock) {
      this.clock = Objects.requireNonNull(runClock, "runClock");
      return this;
    }

    /**
     * Sets the run id (default: derived from the start instant and stage configurations).
     *
     * @param id the run id
     * @return this builder
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder runId(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("run id must not be blank but was '" + id + "'");
      }
      this.runId = id;
      return this;
    }

    /**
     * Sets the code version recorded (default {@link Versions#codeVersion()}).
     *
     * @param version the version
     * @return this builder
     * @throws IllegalArgumentException if the version is blank
     */
    public Builder codeVersion(String version) {
      if (version == null || version.isBlank()) {
        throw new IllegalArgumentException(
            "code version must not be blank but was '" + version + "'");
      }
      this.codeVersion = version;
      return this;
    }

    /**
     * Checks the stages against each other and builds the pipeline. With an extraction that only
     * knows its schema by reading (an inferred CSV schema), this reads the source once.
     *
     * @return the pipeline
     * @throws IllegalStateException if the extraction, features or modelling stage is not set
     * @throws PipelineDefinitionException if the stages do not fit together, naming the stage and
     *     field
     */
    public Pipeline build() {
      Extract extract = this.extract;
      FeatureExtraction features = this.features;
      Modeling modeling = this.modeling;
      OutputContract output = this.output;
      // modeling(...) sets the stage and the output contract together, so output is null exactly
      // when modeling is and the message need not name it
      if (extract == null || features == null || modeling == null || output == null) {
        throw new IllegalStateException(
            "a pipeline needs extract(...), features(...) and modeling(...); missing: "
                + (extract == null ? "extract " : "")
                + (features == null ? "features " : "")
                + (modeling == null ? "modeling" : "").trim());
      }
      Set<String> names = new HashSet<>();
      List<Stage> all = new ArrayList<>();
      all.add(extract);
      all.addAll(preprocess);
      all.add(features);
      all.add(modeling);
      for (Stage s : all) {
        if (!names.add(s.name())) {
          throw new PipelineDefinitionException(
              "stage name '" + s.name() + "' is used twice; name stages with named(...)");
        }
      }
      InputContract raw = extract.produces();
      InputContract c = raw;
      String previous = extract.name();
      for (Preprocess p : preprocess) {
        requireCompatible(c, p.requires(), p.name(), StageKind.PREPROCESS, previous);
        try {
          c = p.produces(c);
        } catch (IllegalArgumentException e) {
          throw new PipelineDefinitionException(
              "stage '" + p.name() + "' (PREPROCESS): " + e.getMessage());
        }
        previous = p.name();
      }
      String label = output.labelColumn();
      if (features.requires().feature(label).isPresent()) {
        throw new PipelineDefinitionException(
            "stage '"
                + features.name()
                + "' (FEATURES) reads the label column '"
                + label
                + "'; a model must not see its answer among its features");
      }
      requireCompatible(c, features.requires(), features.name(), StageKind.FEATURES, previous);
      checkLabel(c, previous, modeling, output);
      return new Pipeline(
          this, extract, features, modeling, output, rawContract(raw, label, features));
    }

    private static void checkLabel(
        InputContract c, String previous, Modeling modeling, OutputContract output) {
      String label = output.labelColumn();
      FeatureSpec s = c.feature(label).orElse(null);
      String where = "stage '" + modeling.name() + "' (MODELING): label column '" + label + "'";
      if (s == null) {
        throw new PipelineDefinitionException(
            where + " is not produced by stage '" + previous + "' (it has " + c.names() + ")");
      }
      ColumnType want = output.isClassification() ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
      if (s.type() != want) {
        throw new PipelineDefinitionException(
            where + " is " + s.type() + " but a " + output.task() + " task needs " + want);
      }
      if (output.isClassification()
          && !s.categories().isEmpty()
          && !output.labels().containsAll(s.categories())) {
        List<String> extra = new ArrayList<>(s.categories());
        extra.removeAll(output.labels());
        throw new PipelineDefinitionException(
            where + " may hold " + extra + ", outside the label domain " + output.labels());
      }
    }

    private static void requireCompatible(
        InputContract have, InputContract need, String stage, StageKind kind, String previous) {
      List<String> problems = have.incompatibilitiesWith(need);
      if (!problems.isEmpty()) {
        throw new PipelineDefinitionException(
            "stage '"
                + stage
                + "' ("
                + kind
                + ") cannot read the output of stage '"
                + previous
                + "': "
                + String.join("; ", problems));
      }
    }

    private InputContract rawContract(InputContract raw, String label, FeatureExtraction features) {
      Set<String> needed = new HashSet<>();
      for (Preprocess p : preprocess) {
        needed.addAll(p.requires().names());
        if (p instanceof org.leanml.data.preprocess.FilterRows f) {
          f.conditions().forEach(cond -> needed.add(cond.column()));
        }
      }
      needed.addAll(features.requires().names());
      needed.remove(label);
      List<FeatureSpec> out = new ArrayList<>();
      for (FeatureSpec s : raw.features()) {
        if (needed.contains(s.name())) {
          // ranges and categories seen in training are observations, not requirements: the
          // stages enforce what they need (e.g. one-hot's rule for unseen categories)
          out.add(
              new FeatureSpec(
                  s.name(),
                  s.type(),
                  s.nullable(),
                  s.allowNonFinite(),
                  Double.NEGATIVE_INFINITY,
                  Double.POSITIVE_INFINITY,
                  List.of()));
        }
      }
      return new InputContract(out);
    }
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    names.add(extract.name());
    preprocess.forEach(p -> names.add(p.name()));
    names.add(features.name());
    names.add(modeling.name());
    return "Pipeline" + names + " -> " + output.labelColumn();
  }
}
