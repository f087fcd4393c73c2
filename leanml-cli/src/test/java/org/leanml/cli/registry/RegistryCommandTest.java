package org.leanml.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.split.Splits;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.leanml.data.feature.Features;
import org.leanml.data.feature.Log;
import org.leanml.data.feature.Ratio;
import org.leanml.data.feature.Scale;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.Registration;
import org.leanml.tribuo.TribuoModels;

/** {@code leanml registry}: every sub-command on a two-version registry, and bad input. */
class RegistryCommandTest {
  /** Spambase's features in file order: 48 word frequencies, 6 character frequencies, 3 runs. */
  private static final List<String> FEATURES = TestData.spambaseFeatures().names();

  private static final List<String> WORDS = FEATURES.subList(0, 48);
  private static final List<String> CHARACTERS = FEATURES.subList(48, 54);

  @TempDir Path dir;
  String reg;

  @BeforeEach
  void twoVersions() {
    Table data =
        Splits.stratified(TestData.spambase(), TestData.SPAM_LABEL, 0.85, 3)
            .trainOf(TestData.spambase());
    InputContract shared = InputContract.numeric(FEATURES);
    EnsembleTrainer trainer = EnsembleTrainer.stacking(1).withFolds(2);
    Ensemble v1 =
        trainer.train(
            shared,
            TestData.spambaseOutput(),
            List.of(
                SubModelSpec.projecting(
                    "words", shared, WORDS, TribuoModels.logistic().withSeed(1))),
            data);
    Ensemble v2 =
        trainer.extend(
            v1,
            SubModelSpec.projecting(
                "characters", shared, CHARACTERS, TribuoModels.logistic().withSeed(1)),
            data);
    try (ModelRegistry r = ModelRegistry.open(dir)) {
      r.register(
          Registration.of("spam", v1)
              .withTrainingData(Fingerprints.of(data))
              .withEvaluationData(Fingerprints.of(data))
              .withMetrics(java.util.Map.of("accuracy", 0.9, "auc", 0.95))
              .withAttachment(
                  "card.md", "text/markdown", "# spam v1".getBytes(StandardCharsets.UTF_8)));
      r.promote("spam", 1, "first");
      r.register(
          Registration.of("spam", v2)
              .withParent(1)
              .withTrainingData(Fingerprints.of(data))
              .withMetrics(java.util.Map.of("accuracy", 0.92, "auc", 0.96)));
    }
    reg = dir.toString();
  }

  @Test
  void listJsonAndVerify_versionWithDerivedFeatureMember_loadsItAndShowsItsColumns()
      throws IOException {
    Path other = dir.resolve("derived");
    Table data =
        Splits.stratified(TestData.spambase(), TestData.SPAM_LABEL, 0.85, 3)
            .trainOf(TestData.spambase());
    InputContract shared = InputContract.numeric(FEATURES);
    Ensemble e =
        EnsembleTrainer.stacking(1)
            .withFolds(2)
            .train(
                shared,
                TestData.spambaseOutput(),
                List.of(
                    SubModelSpec.projecting(
                        "words", shared, WORDS, TribuoModels.logistic().withSeed(1)),
                    SubModelSpec.of(
                        "capitalShape",
                        Features.of(
                            Ratio.of("capitalLong", "capitalAve"),
                            Log.log1p("capitalTotal"),
                            Scale.standard("capitalAve")),
                        TribuoModels.logistic().withSeed(1))),
                data);
    try (ModelRegistry r = ModelRegistry.open(other)) {
      r.register(Registration.of("spam", e));
    }

    CliRun list =
        CliRun.of(
            "registry",
            "list",
            "--registry",
            other.toString(),
            "--name",
            "spam",
            "--format",
            "json");
    CliRun verify =
        CliRun.of("registry", "verify", "--registry", other.toString(), "--name", "spam");

    assertThat(list.exit()).as(list.err()).isZero();
    JsonNode member = new ObjectMapper().readTree(list.out()).get(0).get("sub_models").get(1);
    assertThat(member.get("name").asText()).isEqualTo("capitalShape");
    assertThat(member.get("columns").toString())
        .isEqualTo("[\"capitalLong\",\"capitalAve\",\"capitalTotal\"]");
    assertThat(member.get("fingerprint").asText())
        .isEqualTo(e.members().get(1).fingerprint().hex());
    assertThat(verify.exit()).as(verify.err()).isZero();
  }

  @Test
  void listJson_hasTheDocumentedFieldsPerVersion() throws IOException {
    CliRun run =
        CliRun.of("registry", "list", "--registry", reg, "--name", "spam", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(run.out());
    assertThat(a.size()).isEqualTo(2);
    JsonNode v2 = a.get(1);
    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(v2.get("parent").asInt()).isEqualTo(1);
    assertThat(a.get(0).get("aliases").toString()).contains("champion");
    assertThat(v2.get("created_at").asText()).isNotBlank();
    assertThat(v2.get("sub_models")).hasSize(2);
    assertThat(v2.get("sub_models").get(1).get("name").asText()).isEqualTo("characters");
    assertThat(v2.get("sub_models").get(1).get("columns")).hasSize(6);
    assertThat(v2.get("sub_models").get(1).get("fingerprint").asText()).hasSize(64);
    assertThat(v2.get("metrics").get("auc").asDouble()).isEqualTo(0.96);
    assertThat(v2.get("metrics").has("accuracy")).isTrue();
    assertThat(v2.get("data_fingerprint").asText()).hasSize(64);
    assertThat(v2.has("eval_fingerprint")).isTrue();
    assertThat(v2.get("attachments")).isEmpty();
    JsonNode card = a.get(0).get("attachments").get(0);
    assertThat(card.get("name").asText()).isEqualTo("card.md");
    assertThat(card.get("media_type").asText()).isEqualTo("text/markdown");
    assertThat(card.get("size").asLong()).isEqualTo(9);
    assertThat(card.get("sha256").asText()).hasSize(64);
  }

  @Test
  void listText_showDiffVerify_printTheRegistry() {
    CliRun list = CliRun.of("registry", "list", "--registry", reg, "--name", "spam");
    CliRun show = CliRun.of("registry", "show", "--registry", reg, "--name", "spam");
    CliRun diff =
        CliRun.of("registry", "diff", "--registry", reg, "--name", "spam", "--version", "2");
    CliRun verify = CliRun.of("registry", "verify", "--registry", reg, "--name", "spam");

    assertThat(list.out()).contains("v1", "v2", "champion", "0.9600");
    assertThat(show.out()).contains("version", "1", "words");
    assertThat(diff.out()).contains("v1 -> v2", "characters", "auc");
    assertThat(verify.exit()).isZero();
    assertThat(verify.out()).contains("clean");
  }

  @Test
  void promoteThenRollback_movesTheChampionWithTheReason() {
    CliRun promote =
        CliRun.of(
            "registry",
            "promote",
            "--registry",
            reg,
            "--name",
            "spam",
            "--version",
            "2",
            "--reason",
            "canary passed");
    CliRun rollback =
        CliRun.of(
            "registry",
            "rollback",
            "--registry",
            reg,
            "--name",
            "spam",
            "--reason",
            "alerts",
            "--format",
            "json");

    assertThat(promote.exit()).as(promote.err()).isZero();
    assertThat(promote.out()).contains("champion: v1 -> v2 (canary passed)");
    assertThat(rollback.out()).contains("\"to\" : 1", "\"action\" : \"rollback\"", "alerts");
    try (ModelRegistry r = ModelRegistry.open(dir)) {
      assertThat(r.alias("spam", ModelRegistry.CHAMPION).orElseThrow().version()).isEqualTo(1);
    }
  }

  @Test
  void missingRegistryDirectory_exit2() {
    CliRun.of("registry", "list", "--registry", dir.resolve("nope").toString(), "--name", "spam")
        .assertBadInput("is not a directory", "nope");
  }

  @Test
  void unknownName_exit2NamingIt() {
    CliRun.of("registry", "list", "--registry", reg, "--name", "ham")
        .assertBadInput("ham", "no such model");
  }

  @Test
  void unknownVersion_exit2() {
    CliRun.of("registry", "show", "--registry", reg, "--name", "spam", "--version", "9")
        .assertBadInput("9");
  }

  @Test
  void badFormat_exit2() {
    CliRun.of("registry", "list", "--registry", reg, "--name", "spam", "--format", "xml")
        .assertBadInput("--format must be text or json", "xml");
  }

  @Test
  void promoteWithoutReason_exit2() {
    CliRun.of("registry", "promote", "--registry", reg, "--name", "spam", "--version", "2")
        .assertBadInput("--reason");
  }

  @Test
  void rollbackWithNoEarlierChampion_exit2() {
    CliRun.of("registry", "rollback", "--registry", reg, "--name", "spam", "--reason", "x")
        .assertBadInput("no earlier version to roll back to");
  }

  @Test
  void noSubcommand_exit2() {
    CliRun.of("registry").assertBadInput("sub-command");
  }
}
