package org.leanml.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.leanml.cli.canary.CanaryCommand;
import org.leanml.cli.compare.CompareCommand;
import org.leanml.cli.drift.DriftCommand;
import org.leanml.cli.lineage.IterateCommand;
import org.leanml.cli.lineage.TrainCommand;
import org.leanml.cli.registry.RegistryCommand;

/**
 * The sub-commands of {@code leanml}, in the order help lists them: those that other jars provide
 * (in the order of their providers' class names, so help does not depend on the class path's
 * order), then the built-in ones.
 */
final class Subcommands {
  private Subcommands() {}

  static List<Object> all() {
    List<SubcommandProvider> providers = new ArrayList<>();
    ServiceLoader.load(SubcommandProvider.class).forEach(providers::add);
    providers.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
    List<Object> all = new ArrayList<>();
    for (SubcommandProvider p : providers) {
      all.add(p.command());
    }
    all.addAll(builtIn());
    return all;
  }

  private static List<Object> builtIn() {
    return List.of(
        new CompareCommand(),
        new DriftCommand(),
        new CanaryCommand(),
        new TrainCommand(),
        new IterateCommand(),
        new RegistryCommand());
  }
}
