package org.leanml.examples.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leanml.cli.LeanMl;
import org.leanml.cli.SubcommandProvider;
import org.leanml.cli.progress.ProgressRenderer;
import org.leanml.examples.demo.Demo;
import org.leanml.examples.demo.DemoReport;
import org.leanml.examples.demo.DemoResult;
import org.leanml.examples.demo.DemoSetting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leanml demo}: the whole loop on the bundled Spambase data, writing the registry, {@code
 * report.md} and {@code report.html} into the output directory and a summary table on standard
 * output. Exit status 0, or 2 for bad input (e.g. an output directory the demo did not write).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run the whole loop on the bundled UCI Spambase data: ETL and contracts, a first ensemble,",
      "two research tickets each adding a sub-model with regression tests and canaries, drift,",
      "a labelling queue, and the reports.",
      "Exit status: 0 done, 2 bad input."
    })
public final class DemoCommand implements Callable<Integer> {
  /** Kept so the level set on Tribuo's java.util.logging logger is not garbage-collected. */
  private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "leanml-demo",
      description = "The output directory (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "The seed of every random choice (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--setting",
      paramLabel = "full|quick",
      defaultValue = "full",
      description = "How much tuning: full (default) or quick.",
      converter = SettingConverter.class)
  DemoSetting setting;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    TRIBUO_LOG.setLevel(Level.WARNING);
    long start = System.nanoTime();
    DemoResult result =
        Demo.withDefaults()
            .withSeed(seed)
            .with(setting)
            .withListener(
                new ProgressRenderer(
                    spec.commandLine().getErr(), ProgressRenderer.stderrIsTerminal()))
            .run(out);
    var w = spec.commandLine().getOut();
    w.print(DemoReport.summaryTable(result));
    w.printf(
        "reports: %s, %s (%.1f s)%n",
        result.markdownReport(), result.htmlReport(), (System.nanoTime() - start) / 1e9);
    w.flush();
    return LeanMl.OK;
  }

  /** Parses {@code full} or {@code quick}, in any case. */
  static final class SettingConverter implements CommandLine.ITypeConverter<DemoSetting> {
    @Override
    public DemoSetting convert(String value) {
      for (DemoSetting s : DemoSetting.values()) {
        if (s.name().equalsIgnoreCase(value)) {
          return s;
        }
      }
      throw new CommandLine.TypeConversionException(
          "--setting must be full or quick but was '" + value + "'");
    }
  }

  /** Provides {@code leanml demo} to the command line (see {@link SubcommandProvider}). */
  public static final class Provider implements SubcommandProvider {
    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Provider() {}

    @Override
    public Object command() {
      return new DemoCommand();
    }
  }
}
