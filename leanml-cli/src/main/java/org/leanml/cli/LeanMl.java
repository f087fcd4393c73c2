package org.leanml.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;
import org.leanml.core.LeanMlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leanml} command's entry point. */
@Command(
    name = "leanml",
    mixinStandardHelpOptions = true,
    versionProvider = LeanMl.Version.class,
    description = "Ship machine learning in small, tested, statistically gated steps.",
    subcommands = {CommandLine.HelpCommand.class})
public final class LeanMl implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(LeanMl.class);

  /** Exit status when a gate or check passes. */
  public static final int OK = 0;

  /** Exit status when a gate fails or drift is found. */
  public static final int GATE_FAILED = 1;

  /** Exit status for bad input or usage. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public LeanMl() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where the one-line error goes
   * @return the exit status
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /**
   * The configured command line: sub-commands, and the error policy (one line, exit 2).
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new LeanMl());
    for (Object sub : Subcommands.all()) {
      cl.addSubcommand(sub);
    }
    // Set after the sub-commands are added, so that they inherit it.
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine failed = ex.getCommandLine();
          failed
              .getErr()
              .println(
                  "leanml: "
                      + flatten(ex.getMessage())
                      + " (see '"
                      + failed.getCommandSpec().qualifiedName()
                      + " --help')");
          failed.getErr().flush();
          return BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          // The stack trace is for developers only: LEANML_LOG_LEVEL=DEBUG shows it.
          LOG.debug("{} failed", cmd.getCommandSpec().qualifiedName(), ex);
          cmd.getErr().println("leanml: " + oneLine(ex));
          cmd.getErr().flush();
          return BAD_INPUT;
        });
    return cl;
  }

  /**
   * Renders an exception as one readable line: the message of the most specific cause that has one,
   * with the file named for I/O errors.
   *
   * @param ex the failure
   * @return one line, never a stack trace
   */
  static String oneLine(Throwable ex) {
    Throwable t = ex;
    while ((t instanceof UncheckedIOException || t.getMessage() == null) && t.getCause() != null) {
      t = t.getCause();
    }
    @Nullable String msg;
    if (t instanceof NoSuchFileException nsf) {
      msg = "no such file: " + nsf.getFile();
    } else if (t instanceof LeanMlException || t instanceof IllegalArgumentException) {
      msg = t.getMessage();
    } else {
      msg = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
    return flatten(msg);
  }

  private static String flatten(@Nullable String msg) {
    return String.valueOf(msg).strip().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = LeanMl.class.getPackage().getImplementationVersion();
      return new String[] {"leanml " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
