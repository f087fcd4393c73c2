package org.leanml.cli.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;
import org.leanml.cli.LeanMl;
import org.leanml.cli.input.CsvInput;
import org.leanml.core.table.ColumnType;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.ReferenceSummaries;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.Registration;

/** {@code leanml drift --reference-model NAME@VERSION}: the reference summary from the registry. */
class DriftCommandReferenceModelTest {
  @TempDir Path dir;
  Path ref;
  Path registry;

  /** Rows {@code x,colour,code}: x normal, colour one of three levels, code 1/2/3. */
  private Path window(String name, int n, double shift, long seed) throws IOException {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] colours = {"red", "green", "blue"};
    StringBuilder sb = new StringBuilder("x,colour,code\n");
    for (int i = 0; i < n; i++) {
      sb.append(String.format(Locale.ROOT, "%.5f", rng.nextGaussian() + shift))
          .append(',')
          .append(colours[rng.nextInt(3)])
          .append(',')
          .append(1 + rng.nextInt(3))
          .append('\n');
    }
    return Files.writeString(dir.resolve(name), sb.toString());
  }

  private static Registration model() {
    return Registration.ofEncoded(
        "churn", "test/1", Map.of("model.bin", "weights".getBytes(StandardCharsets.UTF_8)));
  }

  /** v1 stores the summary of ref.csv read as the CLI reads it; v2 stores none; v1 is champion. */
  @BeforeEach
  void registerVersions() throws IOException {
    ref = window("ref.csv", 800, 0, 1);
    registry = dir.resolve("registry");
    DataSummary summary =
        DataSummary.of(CsvInput.read(ref, Map.of("code", ColumnType.CATEGORICAL)).table());
    try (ModelRegistry r = ModelRegistry.builder().directory(registry).codecs(List.of()).build()) {
      r.register(ReferenceSummaries.attach(model(), summary));
      r.register(model());
      r.promote("churn", 1, "first");
    }
  }

  private static CliRun drift(String... args) {
    List<String> all = new ArrayList<>(List.of("drift"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  @Test
  void storedSummary_sameReportAndExitAsTheCsvItWasComputedFrom() throws IOException {
    Path same = window("same.csv", 600, 0, 2);
    Path shifted = window("shifted.csv", 600, 0.6, 3);

    for (Path cur : List.of(same, shifted)) {
      CliRun fromCsv =
          drift(
              "--reference",
              ref.toString(),
              "--current",
              cur.toString(),
              "--categorical",
              "code",
              "--format",
              "json");
      CliRun fromModel =
          drift(
              "--reference-model",
              "churn@1",
              "--registry",
              registry.toString(),
              "--current",
              cur.toString(),
              "--format",
              "json");

      assertThat(fromModel.err()).isEmpty();
      assertThat(fromModel.out()).isEqualTo(fromCsv.out());
      assertThat(fromModel.exit()).isEqualTo(fromCsv.exit());
    }
    assertThat(
            drift(
                    "--reference-model",
                    "churn@1",
                    "--registry",
                    registry.toString(),
                    "--current",
                    same.toString())
                .exit())
        .isEqualTo(LeanMl.OK);
    assertThat(
            drift(
                    "--reference-model",
                    "churn@1",
                    "--registry",
                    registry.toString(),
                    "--current",
                    shifted.toString())
                .exit())
        .isEqualTo(LeanMl.GATE_FAILED);
  }

  @Test
  void aliasAndColumns_championsSummaryRestrictedToTheColumns() throws IOException {
    Path cur = window("cur.csv", 500, 0.6, 4);

    CliRun fromModel =
        drift(
            "--reference-model",
            "churn@champion",
            "--registry",
            registry.toString(),
            "--current",
            cur.toString(),
            "--columns",
            "code,x",
            "--bins",
            "5",
            "--format",
            "json");
    CliRun fromCsv =
        drift(
            "--reference",
            ref.toString(),
            "--current",
            cur.toString(),
            "--categorical",
            "code",
            "--columns",
            "code,x",
            "--bins",
            "5",
            "--format",
            "json");

    assertThat(fromModel.err()).isEmpty();
    assertThat(fromModel.out()).isEqualTo(fromCsv.out()).contains("\"bins\" : 5");
  }

  @Test
  void versionWithoutSummary_oneLineErrorExit2() {
    Path cur = dir.resolve("ref.csv");

    drift(
            "--reference-model",
            "churn@2",
            "--registry",
            registry.toString(),
            "--current",
            cur.toString())
        .assertBadInput("churn@2", "churn v2 has no stored drift reference summary");
  }

  @Test
  void unknownModelVersionOrAlias_oneLineErrorExit2() {
    String r = registry.toString();
    String cur = ref.toString();

    drift("--reference-model", "fraud@1", "--registry", r, "--current", cur)
        .assertBadInput("no model 'fraud'", "[churn]");
    drift("--reference-model", "churn@7", "--registry", r, "--current", cur)
        .assertBadInput("churn v7 is not in registry");
    drift("--reference-model", "churn@candidate", "--registry", r, "--current", cur)
        .assertBadInput("alias 'candidate' of churn is not set", "champion=1");
    drift(
            "--reference-model",
            "churn@1",
            "--registry",
            dir.resolve("none").toString(),
            "--current",
            cur)
        .assertBadInput("is not a directory");
  }

  @Test
  void malformedReference_oneLineErrorExit2() {
    for (String bad : List.of("churn", "churn@", "@1", "Churn@1", "../churn@1")) {
      drift(
              "--reference-model",
              bad,
              "--registry",
              registry.toString(),
              "--current",
              ref.toString())
          .assertBadInput("--reference-model");
    }
  }

  @Test
  void optionsThatDoNotGoTogether_usageErrorExit2() {
    String r = registry.toString();
    String cur = ref.toString();

    drift("--current", cur).assertBadInput("exactly one of --reference");
    drift("--reference", cur, "--reference-model", "churn@1", "--registry", r, "--current", cur)
        .assertBadInput("exactly one of --reference");
    drift("--reference-model", "churn@1", "--current", cur).assertBadInput("needs --registry");
    drift(
            "--reference-model",
            "churn@1",
            "--registry",
            r,
            "--current",
            cur,
            "--categorical",
            "code")
        .assertBadInput("--categorical applies to --reference");
    drift("--reference", cur, "--registry", r, "--current", cur)
        .assertBadInput("--registry goes with --reference-model");
  }

  @Test
  void columnNotInSummaryOrCurrentFile_oneLineErrorExit2() throws IOException {
    Path noCode = Files.writeString(dir.resolve("nocode.csv"), "x,colour\n0.1,red\n0.2,blue\n");
    String r = registry.toString();

    drift(
            "--reference-model",
            "churn@1",
            "--registry",
            r,
            "--current",
            ref.toString(),
            "--columns",
            "x,size")
        .assertBadInput(
            "feature 'size' is not in the stored summary of churn v1", "[x, colour, code]");
    drift("--reference-model", "churn@1", "--registry", r, "--current", noCode.toString())
        .assertBadInput(noCode.toString(), "column 'code'");
  }
}
