package org.leanml.examples.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;

/** {@code leanml demo}: a quick run end to end, and its bad-input paths. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demo_quick_printsSummaryAndWritesReportsAndRegistry() throws IOException {
    Path out = dir.resolve("demo");

    CliRun run = CliRun.of("demo", "--out", out.toString(), "--setting", "quick", "--seed", "7");

    assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
    assertThat(run.out()).contains("version", "v1", "v2", "v3", "champion", "report.html");
    assertThat(run.err()).contains("leanml: ETL and contracts ...", "leanml: reports done");
    assertThat(out.resolve("registry")).isDirectory();
    assertThat(Files.readString(out.resolve("report.html"))).contains("<svg");
    assertThat(out.resolve("report.md")).isNotEmptyFile();
  }

  @Test
  void demo_outIsForeignNonEmptyDirectory_exit2WithOneLine() throws IOException {
    Files.writeString(dir.resolve("keep.txt"), "mine");

    CliRun run = CliRun.of("demo", "--out", dir.toString(), "--setting", "quick");

    run.assertBadInput("not empty", dir.toString());
  }

  @Test
  void demo_outIsAFile_exit2WithOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");

    CliRun run = CliRun.of("demo", "--out", file.toString());

    run.assertBadInput("is a file", "file.txt");
  }

  @Test
  void demo_unknownSetting_exit2WithOneLine() {
    CliRun run = CliRun.of("demo", "--setting", "slow");

    run.assertBadInput("--setting must be full or quick", "slow");
  }

  @Test
  void demo_seedNotANumber_exit2WithOneLine() {
    CliRun run = CliRun.of("demo", "--seed", "abc");

    run.assertBadInput("--seed", "abc");
  }
}
