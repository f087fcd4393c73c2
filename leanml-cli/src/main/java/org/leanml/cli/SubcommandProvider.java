package org.leanml.cli;

/**
 * Adds a sub-command to {@code leanml} from another jar on the class path, found with {@link
 * java.util.ServiceLoader}. This is how {@code leanml-examples} adds {@code leanml demo} without
 * the shipped command line depending on the examples: a provider's jar lists its class in {@code
 * META-INF/services/org.leanml.cli.SubcommandProvider}.
 *
 * <p>A provided command follows the built-in commands' rules: exit status 0 when done, {@link
 * LeanMl#GATE_FAILED} when a gate fails, {@link LeanMl#BAD_INPUT} with one readable line for bad
 * input (throw {@link IllegalArgumentException} or {@link org.leanml.core.LeanMlException} and
 * {@code leanml} prints it).
 */
public interface SubcommandProvider {
  /**
   * A new command object, annotated with picocli's {@code @Command}. Called once per command line,
   * so a provider returns a fresh object each time.
   *
   * @return the command
   */
  Object command();
}
