package org.leanml.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Prediction;
import org.leanml.core.run.RunRecord;
import org.leanml.core.run.RunRecordJson;
import org.leanml.core.run.StageKind;
import org.leanml.core.stage.Extract;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvExtract;
import org.leanml.data.csv.TableExtract;
import org.leanml.data.feature.Features;
import org.leanml.data.feature.OneHot;
import org.leanml.data.feature.Scale;
import org.leanml.data.feature.Select;
import org.leanml.data.preprocess.Clip;
import org.leanml.data.preprocess.Condition;
import org.leanml.data.preprocess.FilterRows;
import org.leanml.data.preprocess.Impute;
import org.leanml.data.preprocess.ImputeStrategy;
import org.leanml.datasets.BundledDataset;

class PipelineTest {

  /** A clock that advances one second every time it is read. */
  static Clock ticking() {
    return new Clock() {
      private Instant now = Instant.parse("2026-01-01T00:00:00Z");

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Instant t = now;
        now = now.plusSeconds(1);
        return t;
      }
    };
  }

  static Table data() {
    return Table.builder()
        .numeric("x")
        .numeric("y")
        .categorical("c")
        .categorical("label")
        .addRow(1.0, 10.0, "a", "yes")
        .addRow(null, 20.0, "b", "no")
        .addRow(3.0, 30.0, "a", "yes")
        .addRow(4.0, -5.0, null, "yes")
        .addRow(5.0, 50.0, "b", "no")
        .build();
  }

  static Pipeline.Builder builder() {
    return Pipeline.builder()
        .extract(TableExtract.of(data()))
        .preprocess(Impute.numeric(ImputeStrategy.MEDIAN, "x"))
        .features(Features.of(Select.of("x"), Scale.standard("y"), OneHot.of("c")))
        .modeling(new MajorityClassModeling(), OutputContract.binary("label", "no", "yes"))
        .clock(ticking())
        .codeVersion("test-version");
  }

  @Test
  void fit_spambase_recordsEveryStageAndServesRawRows(@TempDir Path dir) {
    Path file = BundledDataset.SPAMBASE.copyTo(dir);
    List<String> progress = new ArrayList<>();

    FittedPipeline fitted =
        Pipeline.builder()
            .extract(CsvExtract.of(file))
            .preprocess(Clip.quantiles(0.01, 0.99, "capitalTotal"))
            .features(Features.of(Select.of("make", "address"), Scale.standard("capitalTotal")))
            .modeling(new MajorityClassModeling(), OutputContract.binary("type", "nonspam", "spam"))
            .progress((stage, done, total) -> progress.add(stage + ":" + done + "/" + total))
            .clock(ticking())
            .build()
            .fit();

    RunRecord run = fitted.runRecord();
    assertThat(run.stages())
        .extracting(s -> s.kind())
        .containsExactly(
            StageKind.EXTRACT, StageKind.PREPROCESS, StageKind.FEATURES, StageKind.MODELING);
    assertThat(run.stage("extract").rowsOut()).isEqualTo(4601);
    assertThat(run.stage("extract").outputFingerprint())
        .isEqualTo(run.stage("clip").inputFingerprint());
    assertThat(run.stage("clip").stateFingerprint()).isNotNull();
    assertThat(run.stage("extract").duration()).isEqualTo(Duration.ofSeconds(1));
    assertThat(progress).contains("pipeline:4/4", "extract:0/1", "extract:1/1");
    Table raw = CsvExtract.of(file).extract();
    Prediction p = fitted.predictor().predict(raw.row(0));
    // spambase has 1813 spam among 4601 rows
    assertThat(p.probability(1)).isCloseTo(1813.0 / 4601, within(1e-9));
    assertThat(fitted.predictor().inputContract().names())
        .containsExactlyInAnyOrder("make", "address", "capitalTotal");
  }

  @Test
  void fit_csvWithMissingTokens_imputesAndTrains(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d.csv");
    java.nio.file.Files.writeString(f, "x,c,label\n1,a,yes\nNA,b,no\n3,?,yes\n");
    CsvExtract extract =
        CsvExtract.of(f)
            .with(org.leanml.data.csv.CsvOptions.defaults().withMissingTokens("", "NA", "?"));

    FittedPipeline fitted =
        Pipeline.builder()
            .extract(extract)
            .preprocess(Impute.numeric(ImputeStrategy.MEAN, "x"))
            .preprocess(Impute.categoricalMostFrequent("c").named("impute-c"))
            .features(Features.of(Select.of("x"), OneHot.of("c")))
            .modeling(new MajorityClassModeling(), OutputContract.binary("label", "no", "yes"))
            .clock(ticking())
            .build()
            .fit();

    Table imputed =
        fitted.preprocess().get(1).apply(fitted.preprocess().get(0).apply(extract.extract()));
    assertThat(imputed.numeric("x").toArray()).containsExactly(1, 2, 3);
    assertThat(imputed.categorical("c").get(2)).isEqualTo("a");
    assertThat(fitted.runRecord().stage("extract").configuration())
        .containsEntry("missing_tokens", "[, NA, ?]");
  }

  @Test
  void fit_twiceWithSameInputs_givesEqualRunRecords() {
    RunRecord a = builder().build().fit().runRecord();
    RunRecord b = builder().build().fit().runRecord();

    assertThat(a).isEqualTo(b);
    assertThat(a.runId()).hasSize(16);
    assertThat(a.codeVersion()).isEqualTo("test-version");
    assertThat(RunRecordJson.fromJson(RunRecordJson.toJson(a))).isEqualTo(a);
    assertThat(a.stage("extract").outputFingerprint()).isEqualTo(Fingerprints.of(data()));
  }

  @Test
  void predictor_appliesImputationAndFeaturesToRawRows() {
    FittedPipeline f = builder().build().fit();

    Table serving =
        Table.builder().numeric("x").numeric("y").categorical("c").addRow(null, 1.0, "zzz").build();
    Prediction p = f.predictor().predict(serving.row(0));
    List<Prediction> batch = f.predictor().predictBatch(data());

    assertThat(p.probability(0)).isCloseTo(0.4, within(1e-12));
    assertThat(p.probability(1)).isCloseTo(0.6, within(1e-12));
    assertThat(batch).hasSize(5);
    assertThat(f.features().produces().names()).containsExactly("x", "y", "c=a", "c=b");
  }

  @Test
  void predictor_rowRemovedByFilter_isRejected() {
    FittedPipeline f =
        builder().preprocess(FilterRows.keep(Condition.atMost("y", 40))).build().fit();

    assertThat(f.runRecord().stage("filter").rowsOut()).isEqualTo(4);
    assertThatThrownBy(() -> f.predictor().predict(data().row(4)))
        .isInstanceOf(RowRejectedException.class)
        .hasMessage("row 4 was removed by preprocessing stage 'filter' and cannot be predicted");
    assertThatThrownBy(() -> f.predictor().predictBatch(data()))
        .isInstanceOf(RowRejectedException.class);
  }

  @Test
  void build_featureNeedsValueButColumnMayBeMissing_namesStageAndField() {
    Pipeline.Builder b =
        Pipeline.builder()
            .extract(TableExtract.of(data()))
            .features(Select.of("x"))
            .modeling(new MajorityClassModeling(), OutputContract.binary("label", "no", "yes"));

    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineDefinitionException.class)
        .hasMessage(
            "stage 'select' (FEATURES) cannot read the output of stage 'extract': feature 'x':"
                + " may be missing but the consumer requires a value");
  }

  @Test
  void build_preprocessWrongType_namesStage() {
    Pipeline.Builder b =
        builder().preprocess(Impute.numeric(ImputeStrategy.MEAN, "c").named("impute-c"));

    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineDefinitionException.class)
        .hasMessage(
            "stage 'impute-c' (PREPROCESS) cannot read the output of stage 'impute': feature 'c':"
                + " type CATEGORICAL but NUMERIC is required");
  }

  @Test
  void build_labelProblems_areCaught() {
    assertThatThrownBy(
            () ->
                builder()
                    .modeling(
                        new MajorityClassModeling(), OutputContract.binary("nope", "no", "yes"))
                    .build())
        .hasMessageStartingWith(
            "stage 'majority' (MODELING): label column 'nope' is not produced by stage 'impute'");
    assertThatThrownBy(
            () ->
                builder()
                    .modeling(new MajorityClassModeling(), OutputContract.regression("label"))
                    .build())
        .hasMessage(
            "stage 'majority' (MODELING): label column 'label' is CATEGORICAL but a REGRESSION task needs NUMERIC");
    assertThatThrownBy(
            () ->
                builder()
                    .modeling(
                        new MajorityClassModeling(), OutputContract.binary("label", "no", "maybe"))
                    .build())
        .hasMessage(
            "stage 'majority' (MODELING): label column 'label' may hold [yes], outside the label domain [no, maybe]");
    assertThatThrownBy(() -> builder().features(OneHot.of("label")).build())
        .hasMessageContaining("reads the label column 'label'");
  }

  @Test
  void build_duplicateNamesOrMissingStages_areRejected() {
    assertThatThrownBy(() -> builder().preprocess(Impute.numeric(ImputeStrategy.MEAN, "x")).build())
        .isInstanceOf(PipelineDefinitionException.class)
        .hasMessage("stage name 'impute' is used twice; name stages with named(...)");
    assertThatThrownBy(() -> Pipeline.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing: extract features modeling");
  }

  @Test
  void fit_extractBreaksItsDeclaredContract_failsBeforeTraining() {
    Extract lying =
        new Extract() {
          @Override
          public InputContract produces() {
            return InputContract.of(
                FeatureSpec.numeric("x"), FeatureSpec.categorical("label", "no", "yes"));
          }

          @Override
          public Table extract() {
            return data();
          }

          @Override
          public String name() {
            return "lying";
          }

          @Override
          public Map<String, String> configuration() {
            return Map.of();
          }
        };
    Pipeline p =
        Pipeline.builder()
            .extract(lying)
            .features(Select.of("x"))
            .modeling(new MajorityClassModeling(), OutputContract.binary("label", "no", "yes"))
            .build();

    assertThatThrownBy(p::fit)
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("output of stage 'lying'")
        .hasMessageContaining("row 1, column 'x': missing value not allowed");
  }
}
