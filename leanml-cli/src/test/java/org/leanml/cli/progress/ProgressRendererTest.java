package org.leanml.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress on standard error: bars on a terminal, a line per stage otherwise. */
class ProgressRendererTest {
  @Test
  void progressRenderer_terminal_drawsBarsInPlace() {
    StringWriter err = new StringWriter();
    ProgressRenderer r = new ProgressRenderer(new PrintWriter(err), true);

    r.onProgress("tuning", 0, 4);
    r.onProgress("tuning", 2, 4);
    r.onProgress("tuning", 4, 4);
    r.onProgress("reports", 0, 1);

    assertThat(err.toString())
        .contains("\rtuning", "[" + "#".repeat(15) + " ".repeat(15) + "] 2/4", "4/4\n", "reports");
  }

  @Test
  void progressRenderer_notTerminal_oneLineAtStartAndEnd() {
    StringWriter err = new StringWriter();
    ProgressRenderer r = new ProgressRenderer(new PrintWriter(err), false);

    r.onProgress("tuning", 0, 4);
    r.onProgress("tuning", 2, 4);
    r.onProgress("tuning", 4, 4);

    assertThat(err.toString().lines()).containsExactly("leanml: tuning ...", "leanml: tuning done");
  }
}
