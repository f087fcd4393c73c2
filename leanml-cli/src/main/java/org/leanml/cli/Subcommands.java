package org.leanml.cli;

import java.util.List;
import org.leanml.cli.canary.CanaryCommand;
import org.leanml.cli.compare.CompareCommand;
import org.leanml.cli.demo.DemoCommand;
import org.leanml.cli.drift.DriftCommand;
import org.leanml.cli.lineage.IterateCommand;
import org.leanml.cli.lineage.TrainCommand;
import org.leanml.cli.registry.RegistryCommand;

/** The sub-commands of {@code leanml}, in the order help lists them. */
final class Subcommands {
  private Subcommands() {}

  static List<Object> all() {
    return List.of(
        new DemoCommand(),
        new CompareCommand(),
        new DriftCommand(),
        new CanaryCommand(),
        new TrainCommand(),
        new IterateCommand(),
        new RegistryCommand());
  }
}
