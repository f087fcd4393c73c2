package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class ModelRegistryTest {
  static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  static final Fingerprint TRAIN = new Fingerprint("a".repeat(64));
  static final Fingerprint EVAL = new Fingerprint("b".repeat(64));

  /** A clock that ticks one second per reading, so every event has its own time. */
  static final class TickingClock extends Clock {
    private Instant now;

    TickingClock(Instant start) {
      this.now = start;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      Instant t = now;
      now = now.plus(Duration.ofSeconds(1));
      return t;
    }
  }

  ModelRegistry registry;

  @BeforeEach
  void open() {
    registry =
        ModelRegistry.builder()
            .store(new InMemoryRegistryStore())
            .clock(new TickingClock(T0))
            .codecs(List.of(new ConstantCodec()))
            .build();
  }

  @AfterEach
  void close() {
    registry.close();
  }

  ModelVersion register(double p) {
    return registry.register(Registration.of("churn", new ConstantPredictor(p)));
  }

  @Test
  void register_fullProvenance_keptInTheVersion() {
    ModelVersion v1 = register(0.1);

    ModelVersion v2 =
        registry.register(
            Registration.of("churn", new ConstantPredictor(0.2))
                .withParent(1)
                .withTrainingData(TRAIN)
                .withEvaluationData(EVAL)
                .withRunRecord("{\"code_version\": \"abc123\", \"stages\": []}")
                .withMetrics(Map.of("auc", 0.91, "brier", 0.12))
                .withTags(Map.of("owner", "risk")));

    assertThat(v1.created()).isEqualTo(T0);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.parent()).hasValue(1);
    assertThat(v2.trainingData()).contains(TRAIN);
    assertThat(v2.evaluationData()).contains(EVAL);
    assertThat(v2.runRecord()).contains("{\"code_version\":\"abc123\",\"stages\":[]}");
    assertThat(v2.metrics()).containsExactly(Map.entry("auc", 0.91), Map.entry("brier", 0.12));
    assertThat(v2.tags()).containsEntry("owner", "risk");
    assertThat(v2.status()).isEqualTo(VersionStatus.REGISTERED);
    assertThat(v2.artifact().format()).isEqualTo(ConstantCodec.FORMAT);
    assertThat(v2.artifact().parts())
        .extracting(ArtifactPart::name)
        .containsExactly("constant.json", "payload.bin");
    assertThat(registry.get("churn", 2)).isEqualTo(v2);
  }

  @Test
  void register_unknownParent_refused() {
    register(0.1);

    assertThatThrownBy(
            () ->
                registry.register(
                    Registration.of("churn", new ConstantPredictor(0.2)).withParent(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent churn v5");
    assertThat(registry.list("churn")).hasSize(1);
  }

  @Test
  void register_unknownMember_refused() {
    assertThatThrownBy(
            () ->
                registry.register(
                    Registration.of("ensemble", new ConstantPredictor(0.2))
                        .withMembers(List.of(new ModelRef("churn", 1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member churn v1");
  }

  @Test
  void register_noCodecSupportsThePredictor_refusedNamingCodecs() {
    Predictor other =
        new Predictor() {
          @Override
          public org.leanml.core.contract.InputContract inputContract() {
            return null;
          }

          @Override
          public org.leanml.core.contract.OutputContract outputContract() {
            return null;
          }

          @Override
          public org.leanml.core.predict.Prediction predict(org.leanml.core.table.Row row) {
            return null;
          }
        };

    assertThatThrownBy(() -> registry.register(Registration.of("churn", other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no codec supports")
        .hasMessageContaining(ConstantCodec.FORMAT);
  }

  @Test
  void register_encodedParts_loadedByTheirCodec() {
    Map<String, byte[]> parts =
        new ConstantCodec().encode(new ConstantPredictor(0.4, new byte[] {1, 2}));

    ModelVersion v =
        registry.register(Registration.ofEncoded("churn", ConstantCodec.FORMAT, parts));

    assertThat(registry.load("churn", v.version()))
        .isEqualTo(new ConstantPredictor(0.4, new byte[] {1, 2}));
  }

  @Test
  void findGetListLatest_unknownThings_emptyOrNotFound() {
    register(0.1);

    assertThat(registry.find("churn", 2)).isEmpty();
    assertThat(registry.find("churn", 0)).isEmpty();
    assertThat(registry.find("fraud", 1)).isEmpty();
    assertThat(registry.list("fraud")).isEmpty();
    assertThat(registry.latest("fraud")).isEmpty();
    assertThatThrownBy(() -> registry.get("churn", 2))
        .isInstanceOf(ModelNotFoundException.class)
        .hasMessageContaining("churn v2");
  }

  @Test
  void latest_threeVersions_theThird() {
    register(0.1);
    register(0.2);
    register(0.3);

    assertThat(registry.latest("churn")).map(ModelVersion::version).contains(3);
    assertThat(registry.list("churn")).extracting(ModelVersion::version).containsExactly(1, 2, 3);
    assertThat(registry.names()).containsExactly("churn");
  }

  @Test
  void names_invalid_refusedBeforeTouchingTheStore() {
    for (String bad : List.of("..", "a/b", "a\\b", "Churn", "", ".hidden", "-x", "x".repeat(65))) {
      assertThatThrownBy(() -> registry.register(Registration.of(bad, new ConstantPredictor(0.1))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("model name must match");
      assertThatThrownBy(() -> registry.list(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> registry.setAlias("churn", "../x", 1, "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias must match");
    assertThat(registry.names()).isEmpty();
  }

  @Test
  void load_roundTrip_samePredictions() {
    byte[] payload = "payload".getBytes(StandardCharsets.UTF_8);
    register(0.1);
    registry.register(Registration.of("churn", new ConstantPredictor(0.7, payload)));
    Table t = Table.of(NumericColumn.of("x", new double[] {1, 2}));

    Predictor loaded = registry.load("churn", 2);

    assertThat(loaded).isEqualTo(new ConstantPredictor(0.7, payload));
    assertThat(loaded.predictBatch(t).get(1).probability(1)).isEqualTo(0.7);
  }

  @Test
  void promote_twice_championMovesAndPreviousIsNoted() {
    register(0.1);
    register(0.2);

    AliasMove first = registry.promote("churn", 1, "first model");
    AliasMove second = registry.promote("churn", 2, "better auc");

    assertThat(first.from()).isEmpty();
    assertThat(second.from()).hasValue(1);
    assertThat(second.to()).isEqualTo(2);
    assertThat(second.action()).isEqualTo(AliasMove.Action.PROMOTE);
    assertThat(registry.alias("churn", ModelRegistry.CHAMPION))
        .map(ModelVersion::version)
        .contains(2);
    assertThat(registry.history("churn", "champion")).containsExactly(first, second);
  }

  @Test
  void rollback_afterTwoPromotions_returnsStepByStep() {
    register(0.1);
    register(0.2);
    register(0.3);
    registry.promote("churn", 1, "first");
    registry.promote("churn", 2, "second");
    registry.promote("churn", 3, "third");

    AliasMove back1 = registry.rollback("churn", "v3 regressed in canary");
    AliasMove back2 = registry.rollback("churn", "v2 regressed too");

    assertThat(back1.from()).hasValue(3);
    assertThat(back1.to()).isEqualTo(2);
    assertThat(back2.from()).hasValue(2);
    assertThat(back2.to()).isEqualTo(1);
    assertThat(back2.action()).isEqualTo(AliasMove.Action.ROLLBACK);
    assertThat(registry.alias("churn", "champion")).map(ModelVersion::version).contains(1);
    assertThatThrownBy(() -> registry.rollback("churn", "once more"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no earlier version");
    assertThat(registry.history("churn", "champion")).hasSize(5);
  }

  @Test
  void rollback_championNeverSet_refused() {
    register(0.1);

    assertThatThrownBy(() -> registry.rollback("churn", "why not"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not set");
  }

  @Test
  void setAlias_anyName_auditedWithReasonAndTime() {
    register(0.1);
    register(0.2);

    AliasMove m = registry.setAlias("churn", "candidate", 2, "canary at 5%");

    assertThat(m.time()).isAfterOrEqualTo(T0);
    assertThat(m.reason()).isEqualTo("canary at 5%");
    assertThat(registry.aliases("churn")).containsExactly(Map.entry("candidate", 2));
    assertThat(registry.auditLog("churn")).containsExactly(m);
  }

  @Test
  void setAlias_blankReasonOrUnknownVersion_refused() {
    register(0.1);

    assertThatThrownBy(() -> registry.setAlias("churn", "champion", 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> registry.setAlias("churn", "champion", 9, "r"))
        .isInstanceOf(ModelNotFoundException.class);
    assertThat(registry.auditLog("churn")).isEmpty();
  }

  @Test
  void load_unsetAlias_notFound() {
    register(0.1);

    assertThatThrownBy(() -> registry.load("churn", "champion"))
        .isInstanceOf(ModelNotFoundException.class)
        .hasMessageContaining("alias 'champion' of churn is not set");
  }

  @Test
  void setStatus_archived_appliedAndAuditedAndBlocksPromotion() {
    register(0.1);

    StatusChange c = registry.setStatus("churn", 1, VersionStatus.ARCHIVED, "superseded");

    assertThat(c.from()).isEqualTo(VersionStatus.REGISTERED);
    assertThat(registry.get("churn", 1).status()).isEqualTo(VersionStatus.ARCHIVED);
    assertThat(registry.list("churn").get(0).status()).isEqualTo(VersionStatus.ARCHIVED);
    assertThatThrownBy(() -> registry.promote("churn", 1, "r"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("archived");
  }

  @Test
  void lineage_chainOfParents_newestFirst() {
    register(0.1);
    registry.register(Registration.of("churn", new ConstantPredictor(0.2)).withParent(1));
    register(0.3);
    registry.register(Registration.of("churn", new ConstantPredictor(0.4)).withParent(2));

    List<ModelVersion> chain = registry.lineage("churn", 4);

    assertThat(chain).extracting(ModelVersion::version).containsExactly(4, 2, 1);
    assertThat(registry.lineage("churn", 3)).extracting(ModelVersion::version).containsExactly(3);
  }

  @Test
  void diff_twoVersions_listsEveryDifferenceAndNothingElse() {
    register(0.1);
    register(0.2);
    registry.register(
        Registration.of("churn", new ConstantPredictor(0.1))
            .withTrainingData(TRAIN)
            .withRunRecord("{\"stages\":[{\"name\":\"sgd\",\"configuration\":{\"epochs\":\"5\"}}]}")
            .withMetrics(Map.of("auc", 0.8, "brier", 0.2))
            .withTags(Map.of("owner", "a")));
    registry.register(
        Registration.of("churn", new ConstantPredictor(0.3))
            .withTrainingData(TRAIN)
            .withEvaluationData(EVAL)
            .withRunRecord("{\"stages\":[{\"name\":\"sgd\",\"configuration\":{\"epochs\":\"9\"}}]}")
            .withMembers(List.of(new ModelRef("churn", 1), new ModelRef("churn", 2)))
            .withMetrics(Map.of("auc", 0.85, "brier", 0.2))
            .withTags(Map.of("owner", "a")));

    VersionDiff d = registry.diff("churn", 3, 4);

    assertThat(d.configuration())
        .extracting(VersionDiff.Change::key)
        .containsExactly("run_record.stages[0].configuration.epochs");
    assertThat(d.configuration().get(0).before()).contains("5");
    assertThat(d.configuration().get(0).after()).contains("9");
    assertThat(d.fingerprints())
        .extracting(VersionDiff.Change::key)
        .containsExactly("evaluation_data", "part:constant.json");
    assertThat(d.metrics()).hasSize(1);
    assertThat(d.metrics().get(0).metric()).isEqualTo("auc");
    assertThat(d.metrics().get(0).delta().getAsDouble())
        .isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.members())
        .extracting(VersionDiff.Change::after)
        .containsExactly(java.util.Optional.of("v1,v2"));
    assertThat(d.tags()).isEmpty();
    assertThat(registry.diff("churn", 4, 4).isEmpty()).isTrue();
    assertThat(d.metrics().get(0).before()).isEqualTo(OptionalDouble.of(0.8));
  }

  @Test
  void verify_healthyRegistry_clean() {
    register(0.1);
    register(0.2);
    registry.promote("churn", 2, "r");

    assertThat(registry.verify().isClean()).isTrue();
    assertThat(registry.openReport().isClean()).isTrue();
  }

  @Test
  void builder_neitherOrBothStorageChoices_refused() {
    assertThatThrownBy(() -> ModelRegistry.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(
            () ->
                ModelRegistry.builder()
                    .store(new InMemoryRegistryStore())
                    .codecs(List.of(new ConstantCodec(), new ConstantCodec()))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("share the format");
  }

  @Test
  void load_formatWithoutCodec_refusedNamingTheFormat() {
    register(0.1);
    ModelRegistry noCodecs =
        ModelRegistry.builder().store(registry.store()).codecs(List.of()).build();

    assertThatThrownBy(() -> noCodecs.load("churn", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ConstantCodec.FORMAT);
  }
}
