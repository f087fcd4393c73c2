package org.leanml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every notebook in {@code notebooks/} through the {@code jdk.jshell} API, with the test class
 * path, and fails on any compile error or exception: research tickets stay executable.
 */
class NotebooksTest {

  static Stream<Path> notebooks() throws IOException {
    Path dir = Path.of(System.getProperty("user.dir")).resolve("notebooks");
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.toString().endsWith(".jsh")).sorted().forEach(all::add);
    }
    assertThat(all).as("notebooks in " + dir).isNotEmpty();
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void notebook_runsWithoutErrors(Path notebook) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> failures = new ArrayList<>();

    try (JShell shell =
        JShell.builder()
            .executionEngine("local")
            .out(new PrintStream(printed, true, StandardCharsets.UTF_8))
            .err(new PrintStream(printed, true, StandardCharsets.UTF_8))
            .build()) {
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      String remaining = withoutCommands(Files.readString(notebook));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        String source = info.source();
        if (source == null || source.isBlank()) {
          failures.add("incomplete snippet at end: " + remaining.strip());
          break;
        }
        for (SnippetEvent e : shell.eval(source)) {
          if (e.status() == Snippet.Status.REJECTED) {
            failures.add(
                "does not compile: "
                    + source.strip()
                    + " -- "
                    + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
          }
          if (e.exception() != null) {
            failures.add("throws " + e.exception() + " at: " + source.strip());
          }
        }
        if (!failures.isEmpty()) {
          break;
        }
        remaining = info.remaining();
      }
    }

    assertThat(failures)
        .as("notebook %s; it printed:%n%s", notebook.getFileName(), printed)
        .isEmpty();
  }

  /** JShell commands such as {@code /exit} are for the interactive tool, not the API. */
  private static String withoutCommands(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      sb.append(
              line.stripLeading().startsWith("/") && !line.stripLeading().startsWith("//")
                  ? ""
                  : line)
          .append('\n');
    }
    return sb.toString();
  }
}
