package org.leanml.cli.canary;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code leanml canary}: plans canary rollouts; see its sub-commands. */
@Command(
    name = "canary",
    mixinStandardHelpOptions = true,
    description = "Plan canary rollouts.",
    subcommands = {SimulateCommand.class})
public final class CanaryCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public CanaryCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "canary needs a sub-command: simulate");
  }
}
