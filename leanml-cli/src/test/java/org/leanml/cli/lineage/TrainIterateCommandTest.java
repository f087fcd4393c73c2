package org.leanml.cli.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;
import org.leanml.core.table.Table;
import org.leanml.core.table.TableBuilder;
import org.leanml.data.feature.Scale;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.ensemble.combine.CombinerTrainer;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;
import org.leanml.tribuo.TribuoModels;

/** {@code leanml train} and {@code leanml iterate} on small CSV files, and their bad input. */
class TrainIterateCommandTest {
  @TempDir static Path dir;
  static Path csv;
  static Table table;

  @BeforeAll
  static void data() throws IOException {
    // 300 rows: y depends on a and b; c is noise.
    StringBuilder sb = new StringBuilder("a,b,c,y\n");
    SplittableRandom rnd = new SplittableRandom(5);
    TableBuilder rows = Table.builder().numeric("a").numeric("b").numeric("c").categorical("y");
    for (int i = 0; i < 300; i++) {
      double a = rnd.nextGaussian();
      double b = rnd.nextGaussian();
      double c = rnd.nextGaussian();
      String y = a + 0.8 * b + 0.3 * rnd.nextGaussian() > 0 ? "yes" : "no";
      sb.append(a).append(',').append(b).append(',').append(c).append(',').append(y).append('\n');
      rows.addRow(a, b, c, y);
    }
    csv = Files.writeString(dir.resolve("data.csv"), sb.toString());
    table = rows.build();
  }

  private static String[] train(Path registry, String... extra) {
    String[] base = {
      "train",
      "--data",
      csv.toString(),
      "--label",
      "y",
      "--positive",
      "yes",
      "--group",
      "first=a",
      "--registry",
      registry.toString(),
      "--name",
      "m",
      "--seed",
      "3"
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void trainThenIterate_registersChampionAndCandidateComparedOnTheFrozenRows() throws IOException {
    Path reg = dir.resolve("reg1");

    CliRun t = CliRun.of(train(reg));
    CliRun it =
        CliRun.of(
            "iterate",
            "--data",
            csv.toString(),
            "--registry",
            reg.toString(),
            "--name",
            "m",
            "--add-group",
            "second=b",
            "--margin",
            "0.01");
    CliRun list =
        CliRun.of(
            "registry", "list", "--registry", reg.toString(), "--name", "m", "--format", "json");

    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("m v1 (champion)");
    assertThat(it.exit()).as(it.err() + it.out()).isZero();
    assertThat(it.out()).contains("v2 registered as candidate; gate passes");
    JsonNode a = new ObjectMapper().readTree(list.out());
    assertThat(a.get(1).get("parent").asInt()).isEqualTo(1);
    assertThat(a.get(1).get("aliases").toString()).contains("candidate");
    assertThat(a.get(1).get("sub_models")).hasSize(2);
    assertThat(a.get(1).get("eval_fingerprint").asText())
        .isEqualTo(a.get(0).get("eval_fingerprint").asText());
  }

  @Test
  void iterate_championWithDerivedFeatureMember_exit2NamingTheMember() throws IOException {
    Path reg = dir.resolve("reg-derived");
    CliRun t = CliRun.of(train(reg));
    assertThat(t.exit()).as(t.err()).isZero();
    try (ModelRegistry r = ModelRegistry.open(reg)) {
      ModelVersion v1 = r.get("m", 1);
      Ensemble champion = (Ensemble) r.load("m", 1);
      SubModel derived =
          EnsembleTrainer.of(CombinerTrainer.fixed(Combiner.mean()), 3L)
              .train(
                  champion.inputContract(),
                  champion.outputContract(),
                  List.of(SubModelSpec.of("scaledC", Scale.standard("c"), TribuoModels.logistic())),
                  table)
              .members()
              .get(0);
      List<SubModel> members = new ArrayList<>(champion.members());
      members.add(derived);
      Ensemble withDerived =
          Ensemble.of(
              champion.inputContract(), champion.outputContract(), members, Combiner.mean());
      r.register(
          Registration.of("m", withDerived)
              .withParent(1)
              .withTags(v1.tags())
              .withEvaluationData(v1.evaluationData().orElseThrow()));
      r.promote("m", 2, "a member on derived features");
    }

    CliRun it =
        CliRun.of(
            "iterate",
            "--data",
            csv.toString(),
            "--registry",
            reg.toString(),
            "--name",
            "m",
            "--add-group",
            "second=b");

    it.assertBadInput("m v2: sub-model 'scaledC' reads derived features ('scale')");
  }

  @Test
  void iterate_dataChanged_exit2NamingTheFingerprints() throws IOException {
    Path reg = dir.resolve("reg2");
    assertThat(CliRun.of(train(reg)).exit()).isZero();
    Path changed =
        Files.writeString(dir.resolve("changed.csv"), Files.readString(csv) + "0,0,0,no\n");

    CliRun run =
        CliRun.of(
            "iterate",
            "--data",
            changed.toString(),
            "--registry",
            reg.toString(),
            "--name",
            "m",
            "--add-group",
            "second=b");

    run.assertBadInput("fingerprint", "changed.csv");
  }

  @Test
  void train_missingValue_exit2NamingColumnAndLine_medianRecordsTheChoice() throws IOException {
    Path holes =
        Files.writeString(
            dir.resolve("holes.csv"), Files.readString(csv).replaceFirst("\n[^,]*,", "\n,"));
    Path reg = dir.resolve("reg3");

    CliRun fail =
        CliRun.of(
            "train",
            "--data",
            holes.toString(),
            "--label",
            "y",
            "--group",
            "first=a",
            "--registry",
            reg.toString(),
            "--name",
            "m");
    CliRun median =
        CliRun.of(
            "train",
            "--data",
            holes.toString(),
            "--label",
            "y",
            "--group",
            "first=a",
            "--registry",
            reg.toString(),
            "--name",
            "m",
            "--impute",
            "median");
    CliRun show = CliRun.of("registry", "show", "--registry", reg.toString(), "--name", "m");

    fail.assertBadInput("holes.csv", "a", "--impute median or drop");
    assertThat(median.exit()).as(median.err()).isZero();
    assertThat(show.out()).contains("\"lineage.impute\":\"median\"");
  }

  @Test
  void train_badModel_exit2() {
    CliRun.of(train(dir.resolve("reg4"), "--model", "forest"))
        .assertBadInput("--model must be one of logistic, tree", "forest");
  }

  @Test
  void train_badGroup_exit2() {
    CliRun.of(
            "train",
            "--data",
            csv.toString(),
            "--label",
            "y",
            "--group",
            "first",
            "--registry",
            dir.resolve("reg5").toString(),
            "--name",
            "m")
        .assertBadInput("--group must look like NAME=COL1,COL2", "first");
  }

  @Test
  void train_unknownColumn_exit2NamingIt() {
    CliRun.of(
            "train",
            "--data",
            csv.toString(),
            "--label",
            "y",
            "--group",
            "g=zzz",
            "--registry",
            dir.resolve("reg6").toString(),
            "--name",
            "m")
        .assertBadInput("zzz");
  }

  @Test
  void train_badEvalFraction_exit2() {
    CliRun.of(train(dir.resolve("reg7"), "--eval-fraction", "1.5"))
        .assertBadInput("--eval-fraction must be in (0, 1)", "1.5");
  }

  @Test
  void iterate_noChampion_exit2() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    CliRun.of(
            "iterate",
            "--data",
            csv.toString(),
            "--registry",
            empty.toString(),
            "--name",
            "m",
            "--add-group",
            "second=b")
        .assertBadInput("has no champion");
  }
}
