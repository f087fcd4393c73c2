package org.leanml.bench.ensemble;

import com.google.protobuf.InvalidProtocolBufferException;
import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.leanml.bench.data.BenchData;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvReader;
import org.leanml.datasets.BundledDataset;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.Provenance;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.tribuo.TribuoCodec;
import org.leanml.tribuo.TribuoModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.EnsembleModelProvenance;
import org.tribuo.provenance.ModelProvenance;

/**
 * Ensemble prediction cost on Spambase with three Tribuo logistic-regression members (48 word, 6
 * character and 3 capital-run columns), combined by the mean of their probabilities.
 *
 * <ul>
 *   <li>{@code ensembleSingleRow}: {@link Ensemble#predict(Row)}.
 *   <li>{@code handRolledSingleRow}: the same three member predictors called by hand and averaged —
 *       the baseline of the 10% overhead target.
 *   <li>{@code tribuoByHandSingleRow}: the three raw Tribuo models, one {@code ArrayExample} each
 *       from precomputed names and column arrays, scores averaged.
 *   <li>{@code tribuoWeightedEnsembleSingleRow}: Tribuo's {@code WeightedEnsembleModel} with a
 *       {@code FullyWeightedVotingCombiner} (soft vote) over the same raw models, one 57-feature
 *       example per row.
 *   <li>{@code ensembleBatch1Thread}/{@code 2Threads}, {@code tribuoWeightedEnsembleBatch}: all
 *       4,601 rows.
 * </ul>
 *
 * <p>Run: {@code java -jar leanml-bench/target/benchmarks.jar EnsembleBenchmark -f 1 -wi 2 -i 3 -w
 * 1s -r 1s} after {@code mvn -B -o -q -pl leanml-bench -am package -DskipTests}. Spambase comes
 * from {@link BenchData#csv(BundledDataset)}: the copy bundled in {@code leanml-datasets}, or one
 * in the folder named by the optional system property {@value BenchData#DIR_PROPERTY}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnsembleBenchmark {
  static final List<List<String>> GROUPS = new ArrayList<>();

  Table table;
  Ensemble ensemble;
  Ensemble oneThread;
  Ensemble twoThreads;
  Predictor[] members;
  List<Model<Label>> raw;
  WeightedEnsembleModel<Label> tribuoEnsemble;
  String[][] memberNames;
  double[][][] memberColumns;
  String[] allNames;
  double[][] allColumns;
  List<Example<Label>> allExamples;
  ExecutorService pool1;
  ExecutorService pool2;
  int row;

  @Setup(Level.Trial)
  public void setUp() throws InvalidProtocolBufferException {
    table = CsvReader.withDefaults().read(BenchData.csv(BundledDataset.SPAMBASE));
    List<String> all = new ArrayList<>(table.columnNames());
    all.remove("type");
    GROUPS.clear();
    GROUPS.add(all.subList(0, 48));
    GROUPS.add(all.subList(48, 54));
    GROUPS.add(all.subList(54, 57));
    OutputContract output = OutputContract.binary("type", "nonspam", "spam");
    InputContract shared = InputContract.numeric(all);
    List<SubModel> subs = new ArrayList<>();
    members = new Predictor[3];
    raw = new ArrayList<>();
    memberNames = new String[3][];
    memberColumns = new double[3][][];
    TribuoCodec codec = new TribuoCodec();
    for (int m = 0; m < 3; m++) {
      InputContract in = InputContract.numeric(GROUPS.get(m));
      members[m] = TribuoModels.logistic().fit(table, in, output);
      subs.add(SubModel.projecting("m" + m, members[m], Provenance.unknown()));
      @SuppressWarnings("unchecked")
      Model<Label> model =
          (Model<Label>)
              Model.deserialize(
                  ModelProto.parseFrom(codec.encode(members[m]).get(TribuoCodec.MODEL_PART)));
      raw.add(model);
      String[] names = GROUPS.get(m).toArray(new String[0]);
      Arrays.sort(names);
      memberNames[m] = names;
      memberColumns[m] = columns(names);
    }
    ensemble = Ensemble.of(shared, output, subs, Combiner.mean());
    pool1 = Executors.newFixedThreadPool(1);
    pool2 = Executors.newFixedThreadPool(2);
    oneThread = ensemble.withExecutor(pool1);
    twoThreads = ensemble.withExecutor(pool2);
    tribuoEnsemble = tribuoEnsembleOf(raw);
    allNames = all.toArray(new String[0]);
    Arrays.sort(allNames);
    allColumns = columns(allNames);
    allExamples = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      allExamples.add(example(allNames, allColumns, r));
    }
  }

  /**
   * Tribuo's {@code createEnsembleFromExistingModels} requires equal feature domains, which members
   * on different columns do not have; the public constructor takes the union of their feature maps
   * instead (each member still reads only its own features).
   */
  static WeightedEnsembleModel<Label> tribuoEnsembleOf(List<Model<Label>> models) {
    List<VariableInfo> features = new ArrayList<>();
    List<ModelProvenance> provenances = new ArrayList<>();
    for (Model<Label> m : models) {
      for (VariableInfo v : m.getFeatureIDMap()) {
        features.add(v.copy());
      }
      provenances.add(m.getProvenance());
    }
    ModelProvenance first = models.get(0).getProvenance();
    EnsembleModelProvenance provenance =
        new EnsembleModelProvenance(
            WeightedEnsembleModel.class.getName(),
            OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC),
            first.getDatasetProvenance(),
            first.getTrainerProvenance(),
            new ListProvenance<>(provenances));
    return new WeightedEnsembleModel<>(
        "spam-ensemble",
        provenance,
        new ImmutableFeatureMap(features),
        models.get(0).getOutputIDInfo(),
        models,
        new FullyWeightedVotingCombiner());
  }

  private double[][] columns(String[] names) {
    double[][] cols = new double[names.length][];
    for (int i = 0; i < names.length; i++) {
      NumericColumn c = table.numeric(names[i]);
      cols[i] = c.toArray();
    }
    return cols;
  }

  private static ArrayExample<Label> example(String[] names, double[][] cols, int r) {
    double[] values = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      values[i] = cols[i][r];
    }
    return new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, values);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool1.shutdown();
    pool2.shutdown();
  }

  private int nextRow() {
    int r = row;
    row = r + 1 == table.rowCount() ? 0 : r + 1;
    return r;
  }

  @Benchmark
  public Prediction ensembleSingleRow() {
    return ensemble.predict(table.row(nextRow()));
  }

  @Benchmark
  public Prediction handRolledSingleRow() {
    Row r = table.row(nextRow());
    double[] avg = new double[2];
    for (Predictor p : members) {
      Prediction q = p.predict(r);
      avg[0] += q.probability(0) / 3;
      avg[1] += q.probability(1) / 3;
    }
    return Prediction.ofProbabilities(avg);
  }

  @Benchmark
  public double tribuoByHandSingleRow() {
    int r = nextRow();
    double spam = 0;
    for (int m = 0; m < 3; m++) {
      org.tribuo.Prediction<Label> p =
          raw.get(m).predict(example(memberNames[m], memberColumns[m], r));
      spam +=
          Objects.requireNonNull(p.getOutputScores().get("spam"), "no spam score").getScore() / 3;
    }
    return spam;
  }

  @Benchmark
  public org.tribuo.Prediction<Label> tribuoWeightedEnsembleSingleRow() {
    return tribuoEnsemble.predict(example(allNames, allColumns, nextRow()));
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Prediction> ensembleBatch1Thread() {
    return oneThread.predictBatch(table);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Prediction> ensembleBatch2Threads() {
    return twoThreads.predictBatch(table);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<org.tribuo.Prediction<Label>> tribuoWeightedEnsembleBatch() {
    return tribuoEnsemble.predict(allExamples);
  }
}
