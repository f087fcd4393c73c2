package org.leanml.cli.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;
import org.leanml.cli.LeanMl;
import org.leanml.data.csv.CsvReader;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.FeatureDrift;

class DriftCommandTest {
  @TempDir Path dir;

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

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  /** {@code leanml drift --reference REF --current CUR} followed by {@code more}. */
  private static CliRun drift(Path reference, Path current, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("drift", "--reference", reference.toString(), "--current", current.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void sameDistribution_noDriftExit0_jsonMatchesTheLibrary() throws IOException {
    Path ref = window("ref.csv", 800, 0, 1);
    Path cur = window("cur.csv", 600, 0, 2);

    CliRun run = drift(ref, cur, "--categorical", "code", "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.OK);
    assertThat(run.err()).isEmpty();
    JsonNode j = json(run.out());
    assertThat(j.fieldNames())
        .toIterable()
        .containsExactly(
            "reference_rows", "current_rows", "bins", "features", "drifted_features", "verdict");
    assertThat(j.get("reference_rows").asLong()).isEqualTo(800);
    assertThat(j.get("current_rows").asLong()).isEqualTo(600);
    assertThat(j.get("bins").asInt()).isEqualTo(10);
    assertThat(j.get("verdict").asText()).isEqualTo("NO_DRIFT");
    assertThat(j.get("drifted_features")).isEmpty();
    JsonNode x = j.get("features").get(0);
    assertThat(x.fieldNames())
        .toIterable()
        .containsExactly(
            "name", "type", "psi", "js_distance", "ks_statistic", "ks_p_value", "drifted");
    JsonNode code = j.get("features").get(2);
    assertThat(code.get("type").asText()).isEqualTo("categorical");
    assertThat(code.fieldNames())
        .toIterable()
        .containsExactly("name", "type", "psi", "js_distance", "chi2", "chi2_p_value", "drifted");
    DriftReport expected =
        DriftDetector.withDefaults()
            .compare(
                CsvReader.withDefaults()
                    .read(ref)
                    .withColumn(
                        org.leanml.core.table.CategoricalColumn.of(
                            "code", codes(CsvReader.withDefaults().read(ref)))),
                CsvReader.withDefaults()
                    .read(cur)
                    .withColumn(
                        org.leanml.core.table.CategoricalColumn.of(
                            "code", codes(CsvReader.withDefaults().read(cur)))));
    for (int i = 0; i < 3; i++) {
      FeatureDrift f = expected.features().get(i);
      JsonNode got = j.get("features").get(i);
      assertThat(got.get("name").asText()).isEqualTo(f.name());
      assertThat(got.get("psi").asDouble()).isEqualTo(f.psi());
      assertThat(got.get("js_distance").asDouble()).isEqualTo(f.jsDistance());
      assertThat(got.get(i == 0 ? "ks_p_value" : "chi2_p_value").asDouble()).isEqualTo(f.pValue());
    }
  }

  private static String[] codes(org.leanml.core.table.Table t) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      out.add(t.column("code").format(r));
    }
    return out.toArray(new String[0]);
  }

  @Test
  void shiftedFeature_driftExit1() throws IOException {
    Path ref = window("ref.csv", 800, 0, 1);
    Path cur = window("cur.csv", 600, 1.0, 2);

    CliRun run = drift(ref, cur, "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.GATE_FAILED);
    JsonNode j = json(run.out());
    assertThat(j.get("verdict").asText()).isEqualTo("DRIFT");
    assertThat(j.get("drifted_features")).hasSize(1);
    assertThat(j.get("drifted_features").get(0).asText()).isEqualTo("x");
    assertThat(j.get("features").get(0).get("drifted").asBoolean()).isTrue();
  }

  @Test
  void columnsAndBins_selectFeaturesAndBinCount() throws IOException {
    Path ref = window("ref.csv", 300, 0, 1);
    Path cur = window("cur.csv", 300, 0, 2);

    CliRun run = drift(ref, cur, "--columns", "x,colour", "--bins", "5", "--format", "json");

    JsonNode j = json(run.out());
    assertThat(j.get("bins").asInt()).isEqualTo(5);
    assertThat(j.get("features")).hasSize(2);
  }

  @Test
  void textFormat_listsFeaturesAndVerdict() throws IOException {
    Path ref = window("ref.csv", 300, 0, 1);
    Path cur = window("cur.csv", 300, 2, 2);

    CliRun run = drift(ref, cur);

    assertThat(run.exit()).isEqualTo(LeanMl.GATE_FAILED);
    assertThat(run.out()).contains("colour", "categorical", "DRIFT: x");
  }

  @Test
  void columnMissingFromCurrent_namesFileLineOneAndColumn() throws IOException {
    Path ref = window("ref.csv", 50, 0, 1);
    Path cur = Files.writeString(dir.resolve("cur.csv"), "x,colour\n1.0,red\n");

    CliRun run = drift(ref, cur);

    run.assertBadInput(cur.toString(), "line 1", "column 'code'", "no such column");
  }

  @Test
  void columnMissingFromReference_namesFileLineOneAndColumn() throws IOException {
    Path ref = window("ref.csv", 50, 0, 1);
    Path cur = window("cur.csv", 50, 0, 2);

    CliRun run = drift(ref, cur, "--columns", "x,size");

    run.assertBadInput(ref.toString(), "line 1", "column 'size'");
  }

  @Test
  void textInNumericColumnOfCurrent_namesFileLineAndColumn() throws IOException {
    Path ref = window("ref.csv", 50, 0, 1);
    Path cur = Files.writeString(dir.resolve("cur.csv"), "x,colour,code\n1.0,red,1\nlots,blue,2\n");

    CliRun run = drift(ref, cur);

    run.assertBadInput(cur.toString(), "line 3", "column 'x'", "'lots' is not a number");
  }

  @Test
  void textInNumericColumnOfReference_namesFileLineAndColumn() throws IOException {
    Path ref =
        Files.writeString(
            dir.resolve("ref.csv"), "x,colour,code\n1.0,red,1\n2.0,red,1\nn/a,blue,2\n");
    Path cur = window("cur.csv", 50, 0, 2);

    CliRun run = drift(ref, cur, "--columns", "x");

    run.assertBadInput(ref.toString(), "line 4", "column 'x'", "'n/a' is not a number");
  }

  @Test
  void emptyCurrentFile_namesFile() throws IOException {
    Path ref = window("ref.csv", 50, 0, 1);
    Path cur = Files.writeString(dir.resolve("cur.csv"), "");

    CliRun run = drift(ref, cur);

    run.assertBadInput(cur.toString(), "empty");
  }

  @Test
  void oneBin_isBadInput() throws IOException {
    Path ref = window("ref.csv", 50, 0, 1);

    CliRun run = drift(ref, ref, "--bins", "1");

    run.assertBadInput("--bins");
  }

  @Test
  void markdownAndHtml_listEveryFeatureAndTheVerdict() throws IOException {
    Path ref = window("ref.csv", 300, 0, 1);
    Path cur = window("cur.csv", 300, 2, 2);
    Path html = dir.resolve("drift.html");

    CliRun md = drift(ref, cur, "--format", "markdown");
    CliRun page = drift(ref, cur, "--format", "html", "--out", html.toString());

    assertThat(md.exit()).isEqualTo(page.exit()).isEqualTo(LeanMl.GATE_FAILED);
    assertThat(md.out())
        .startsWith("# Drift: DRIFT")
        .contains("|x | numeric", "|colour | categorical");
    assertThat(Files.readString(html)).contains("<table>", "<tr class=\"drift\"><td>x</td>");
    assertThat(page.out()).contains("DRIFT; report written to");
  }
}
