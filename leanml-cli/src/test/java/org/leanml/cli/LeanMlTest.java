package org.leanml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeanMlTest {

  @Test
  void noArguments_printsUsageListingTheCommands() {
    CliRun run = CliRun.of();

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("compare", "drift", "canary");
  }

  @Test
  void unknownCommand_oneLineAndExit2() {
    CliRun run = CliRun.of("frobnicate");

    run.assertBadInput("frobnicate");
  }

  @Test
  void unknownOption_oneLineNamingTheCommandsHelp() {
    CliRun run =
        CliRun.of(
            "drift", "--reference", "a.csv", "--current", "b.csv", "--bins=3", "--colums", "x");

    run.assertBadInput("--colums", "leanml drift --help");
  }

  @Test
  void oneLine_unexpectedException_namesTypeWithoutStackTrace() {
    String line = LeanMl.oneLine(new IllegalStateException("boom\nsecond line"));

    assertThat(line).isEqualTo("IllegalStateException: boom second line");
  }
}
