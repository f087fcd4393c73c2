package org.leanml.cli.progress;

import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.leanml.core.run.ProgressListener;

/**
 * Renders progress reports: on a terminal, one bar per stage redrawn in place with a carriage
 * return; otherwise one plain line when a stage starts and one when it ends, so logs stay short.
 */
public final class ProgressRenderer implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private @Nullable String stage;
  private boolean finished;

  /**
   * A renderer writing to standard error.
   *
   * @param err standard error
   * @param terminal whether to draw bars in place ({@link #stderrIsTerminal()} tells)
   */
  public ProgressRenderer(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void onProgress(String newStage, long done, long total) {
    boolean newOne = !newStage.equals(stage);
    if (newOne && stage != null && terminal && !finished) {
      err.print('\n');
    }
    if (newOne) {
      stage = newStage;
      finished = false;
      if (!terminal) {
        err.println("leanml: " + newStage + " ...");
      }
    }
    boolean complete = total > 0 && done >= total;
    if (terminal) {
      int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
      err.print(
          String.format(
              Locale.ROOT,
              "\r%-42s [%s%s] %d/%d",
              truncate(newStage),
              "#".repeat(filled),
              " ".repeat(WIDTH - filled),
              done,
              total));
      if (complete && !finished) {
        err.print('\n');
      }
    } else if (complete && !finished) {
      err.println("leanml: " + newStage + " done");
    }
    if (complete) {
      finished = true;
    }
    err.flush();
  }

  private static String truncate(String s) {
    return s.length() <= 42 ? s : s.substring(0, 41) + "…";
  }

  /**
   * Whether standard error is probably a terminal: a console exists and (on JDK 22+, where a
   * console exists even when redirected) reports itself as a terminal.
   *
   * @return true on a terminal
   */
  // The null check is for JDK 17 to 21, where System.console() is null when redirected.
  @SuppressWarnings("SystemConsoleNull")
  public static boolean stderrIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object t = java.io.Console.class.getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(t);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
