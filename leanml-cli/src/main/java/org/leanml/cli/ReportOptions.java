package org.leanml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --format} and {@code --out} options of a command that writes a report, shared as a
 * picocli mixin: the report goes to standard output, or to the file with a one-line summary on
 * standard output.
 */
public final class ReportOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown or html (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here.")
  Path out;

  /** Creates the options; picocli calls this. */
  public ReportOptions() {}

  /**
   * The chosen format.
   *
   * @return the format
   */
  public OutputFormat format() {
    return format;
  }

  /**
   * Writes the report to {@code --out}, or to standard output when it is not given; after a file,
   * prints {@code "<summary>; report written to <file>"}.
   *
   * @param report the report in the chosen format
   * @param summary the one-line outcome, such as the verdict
   * @param spec the command's spec, for its standard output
   * @throws IllegalArgumentException if the file cannot be written, naming it and the reason
   */
  public void write(String report, String summary, CommandSpec spec) {
    PrintWriter stdout = spec.commandLine().getOut();
    Output.write(report, out, stdout);
    if (out != null) {
      stdout.printf(Locale.ROOT, "%s; report written to %s%n", summary, out);
      stdout.flush();
    }
  }
}
