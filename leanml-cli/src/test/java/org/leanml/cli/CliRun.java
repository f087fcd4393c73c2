package org.leanml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One in-process run of {@code leanml}: its exit status and what it wrote.
 *
 * @param exit the exit status
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int exit, String out, String err) {

  /**
   * Runs the command line in this process.
   *
   * @param args the arguments
   * @return the run
   */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LeanMl.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString());
  }

  /**
   * The lines of standard error.
   *
   * @return the lines
   */
  public List<String> errLines() {
    return err.lines().toList();
  }

  /**
   * Asserts the bad-input contract: exit 2, nothing on standard output, exactly one line on
   * standard error that starts with {@code leanml: }, contains every fragment and shows no stack
   * trace.
   *
   * @param fragments texts the line must contain
   * @return the line
   */
  public String assertBadInput(String... fragments) {
    assertThat(exit).as("exit status; stderr: %s", err).isEqualTo(LeanMl.BAD_INPUT);
    assertThat(errLines()).as("stderr lines").hasSize(1);
    String line = errLines().get(0);
    assertThat(line).startsWith("leanml: ").doesNotContain("\tat ", "Exception in thread");
    assertThat(line).doesNotContainPattern("at [a-z]+\\.[a-zA-Z.]+\\(");
    for (String f : fragments) {
      assertThat(line).contains(f);
    }
    assertThat(out).isEmpty();
    return line;
  }
}
