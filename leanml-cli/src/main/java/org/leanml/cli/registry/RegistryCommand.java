package org.leanml.cli.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leanml.cli.LeanMl;
import org.leanml.core.predict.Predictor;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.SubModel;
import org.leanml.registry.AliasMove;
import org.leanml.registry.Attachment;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.RegistryReport;
import org.leanml.registry.VersionDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code leanml registry list|show|diff|verify|promote|rollback}. Exit status 0, 1 when {@code
 * verify} finds problems, 2 for bad input (a missing registry directory, an unknown name or
 * version, a blank reason).
 */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = {
      "Inspect a model registry and move its champion.",
      "Exit status: 0 done, 1 verify found problems, 2 bad input."
    },
    subcommands = {
      RegistryCommand.ListVersions.class,
      RegistryCommand.Show.class,
      RegistryCommand.Diff.class,
      RegistryCommand.Verify.class,
      RegistryCommand.Promote.class,
      RegistryCommand.Rollback.class
    })
public final class RegistryCommand implements Runnable {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public RegistryCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "registry needs a sub-command: list, show, diff, verify, promote or rollback");
  }

  /** The options every sub-command shares. */
  static final class Common {
    @Option(
        names = "--registry",
        required = true,
        paramLabel = "DIR",
        description = "The registry directory.")
    Path registry;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The model.")
    String name;

    @Option(
        names = "--format",
        paramLabel = "text|json",
        defaultValue = "text",
        description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    ModelRegistry open() {
      if (!format.equals("text") && !format.equals("json")) {
        throw new IllegalArgumentException(
            "--format must be text or json but was '" + format + "'");
      }
      if (!Files.isDirectory(registry)) {
        throw new IllegalArgumentException("--registry " + registry + " is not a directory");
      }
      ModelRegistry r = ModelRegistry.open(registry);
      if (!r.names().contains(name)) {
        r.close();
        throw new IllegalArgumentException(
            "--name " + name + ": no such model in " + registry + " (it holds " + r.names() + ")");
      }
      return r;
    }

    boolean json() {
      return format.equals("json");
    }
  }

  static ObjectNode versionJson(ModelRegistry registry, ModelVersion v) {
    ObjectNode n = JSON.createObjectNode();
    n.put("version", v.version());
    if (v.parent().isPresent()) {
      n.put("parent", v.parent().getAsInt());
    } else {
      n.putNull("parent");
    }
    ArrayNode aliases = n.putArray("aliases");
    for (Map.Entry<String, Integer> e : registry.aliases(v.name()).entrySet()) {
      if (e.getValue() == v.version()) {
        aliases.add(e.getKey());
      }
    }
    n.put("created_at", v.created().toString());
    n.put("status", v.status().name().toLowerCase(Locale.ROOT));
    ArrayNode subs = n.putArray("sub_models");
    Predictor p = registry.load(v.name(), v.version());
    if (p instanceof Ensemble e) {
      for (SubModel m : e.members()) {
        ObjectNode s = subs.addObject();
        s.put("name", m.name());
        ArrayNode cols = s.putArray("columns");
        m.requires().names().forEach(cols::add);
        s.put("fingerprint", m.fingerprint().hex());
      }
    }
    ObjectNode metrics = n.putObject("metrics");
    v.metrics().forEach(metrics::put);
    n.put("data_fingerprint", v.trainingData().map(f -> f.hex()).orElse(null));
    n.put("eval_fingerprint", v.evaluationData().map(f -> f.hex()).orElse(null));
    ObjectNode tags = n.putObject("tags");
    v.tags().forEach(tags::put);
    ArrayNode attachments = n.putArray("attachments");
    for (Attachment a : v.attachments()) {
      attachments
          .addObject()
          .put("name", a.name())
          .put("media_type", a.mediaType())
          .put("size", a.size())
          .put("sha256", a.sha256().hex());
    }
    return n;
  }

  static void print(CommandLine.Model.CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
  }

  static String json(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  private static String metric(ModelVersion v, String key) {
    Double d = v.metrics().get(key);
    return d == null ? "-" : String.format(Locale.ROOT, "%.4f", d);
  }

  /** {@code registry list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the versions.")
  static final class ListVersions implements Callable<Integer> {
    @Mixin Common common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (ModelRegistry r = common.open()) {
        List<ModelVersion> versions = r.list(common.name);
        if (common.json()) {
          ArrayNode a = JSON.createArrayNode();
          for (ModelVersion v : versions) {
            a.add(versionJson(r, v));
          }
          print(spec, json(a));
          return LeanMl.OK;
        }
        Map<String, Integer> aliases = r.aliases(common.name);
        StringBuilder sb = new StringBuilder();
        sb.append(
            String.format(
                Locale.ROOT,
                "%-8s %-7s %-22s %-10s %-9s %-9s %s%n",
                "version",
                "parent",
                "created",
                "status",
                "accuracy",
                "auc",
                "aliases"));
        for (ModelVersion v : versions) {
          List<String> names = new ArrayList<>();
          aliases.forEach(
              (k, val) -> {
                if (val == v.version()) {
                  names.add(k);
                }
              });
          sb.append(
              String.format(
                  Locale.ROOT,
                  "%-8s %-7s %-22s %-10s %-9s %-9s %s%n",
                  "v" + v.version(),
                  v.parent().isPresent() ? "v" + v.parent().getAsInt() : "-",
                  v.created().toString(),
                  v.status().name().toLowerCase(Locale.ROOT),
                  metric(v, "accuracy"),
                  metric(v, "auc"),
                  String.join(",", names)));
        }
        print(spec, sb.toString());
        return LeanMl.OK;
      }
    }
  }

  /** {@code registry show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one version (default: the champion).")
  static final class Show implements Callable<Integer> {
    @Mixin Common common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--version", paramLabel = "N", description = "The version.")
    Integer version;

    @Override
    public Integer call() {
      try (ModelRegistry r = common.open()) {
        ModelVersion v =
            version != null
                ? r.get(common.name, version)
                : r.alias(common.name, ModelRegistry.CHAMPION)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                common.name + " has no champion; give --version"));
        ObjectNode n = versionJson(r, v);
        if (common.json()) {
          print(spec, json(n));
          return LeanMl.OK;
        }
        StringBuilder sb = new StringBuilder();
        n.fields()
            .forEachRemaining(
                e -> sb.append(String.format(Locale.ROOT, "%-17s %s%n", e.getKey(), e.getValue())));
        print(spec, sb.toString());
        return LeanMl.OK;
      }
    }
  }

  /** {@code registry diff}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = "What differs between a version and another (default: its parent).")
  static final class Diff implements Callable<Integer> {
    @Mixin Common common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--version", required = true, paramLabel = "N", description = "The version.")
    int version;

    @Option(
        names = "--against",
        paramLabel = "M",
        description = "The version to compare with (default: the parent).")
    Integer against;

    @Override
    public Integer call() {
      try (ModelRegistry r = common.open()) {
        ModelVersion v = r.get(common.name, version);
        int base;
        if (against != null) {
          base = against;
        } else if (v.parent().isPresent()) {
          base = v.parent().getAsInt();
        } else {
          throw new IllegalArgumentException(
              common.name + " v" + version + " has no parent; give --against");
        }
        VersionDiff d = r.diff(common.name, base, version);
        if (common.json()) {
          ObjectNode n = JSON.createObjectNode();
          n.put("from", base);
          n.put("to", version);
          changes(n.putArray("configuration"), d.configuration());
          changes(n.putArray("fingerprints"), d.fingerprints());
          changes(n.putArray("members"), d.members());
          changes(n.putArray("tags"), d.tags());
          ArrayNode m = n.putArray("metrics");
          for (VersionDiff.MetricChange c : d.metrics()) {
            ObjectNode o = m.addObject();
            o.put("metric", c.metric());
            o.put("before", c.before().isPresent() ? c.before().getAsDouble() : null);
            o.put("after", c.after().isPresent() ? c.after().getAsDouble() : null);
          }
          print(spec, json(n));
          return LeanMl.OK;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("v").append(base).append(" -> v").append(version).append('\n');
        text(sb, "configuration", d.configuration());
        text(sb, "fingerprint", d.fingerprints());
        text(sb, "member", d.members());
        text(sb, "tag", d.tags());
        for (VersionDiff.MetricChange c : d.metrics()) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "metric %s: %s -> %s%n",
                  c.metric(),
                  c.before().isPresent()
                      ? String.format(Locale.ROOT, "%.4f", c.before().getAsDouble())
                      : "-",
                  c.after().isPresent()
                      ? String.format(Locale.ROOT, "%.4f", c.after().getAsDouble())
                      : "-"));
        }
        print(spec, sb.toString());
        return LeanMl.OK;
      }
    }

    private static void changes(ArrayNode a, List<VersionDiff.Change> changes) {
      for (VersionDiff.Change c : changes) {
        ObjectNode o = a.addObject();
        o.put("key", c.key());
        o.put("before", c.before().orElse(null));
        o.put("after", c.after().orElse(null));
      }
    }

    private static void text(StringBuilder sb, String kind, List<VersionDiff.Change> changes) {
      for (VersionDiff.Change c : changes) {
        sb.append(kind)
            .append(' ')
            .append(c.key())
            .append(": ")
            .append(c.before().orElse("-"))
            .append(" -> ")
            .append(c.after().orElse("-"))
            .append('\n');
      }
    }
  }

  /** {@code registry verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check every artifact's checksum; exit 1 if a problem is found.")
  static final class Verify implements Callable<Integer> {
    @Mixin Common common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (ModelRegistry r = common.open()) {
        RegistryReport report = r.verify();
        if (common.json()) {
          ObjectNode n = JSON.createObjectNode();
          n.put("clean", report.isClean());
          ArrayNode p = n.putArray("problems");
          report.problems().forEach(x -> p.add(x.toString()));
          print(spec, json(n));
        } else {
          StringBuilder sb = new StringBuilder(report.isClean() ? "clean\n" : "");
          report.problems().forEach(x -> sb.append(x).append('\n'));
          print(spec, sb.toString());
        }
        return report.isClean() ? LeanMl.OK : LeanMl.GATE_FAILED;
      }
    }
  }

  /** {@code registry promote}. */
  @Command(
      name = "promote",
      mixinStandardHelpOptions = true,
      description = "Make a version the champion.")
  static final class Promote implements Callable<Integer> {
    @Mixin Common common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--version", required = true, paramLabel = "N", description = "The version.")
    int version;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Override
    public Integer call() {
      try (ModelRegistry r = common.open()) {
        report(spec, common, r.promote(common.name, version, reason));
        return LeanMl.OK;
      }
    }
  }

  /** {@code registry rollback}. */
  @Command(
      name = "rollback",
      mixinStandardHelpOptions = true,
      description = "Move the champion back to the version before its latest promotion.")
  static final class Rollback implements Callable<Integer> {
    @Mixin Common common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Override
    public Integer call() {
      try (ModelRegistry r = common.open()) {
        report(spec, common, r.rollback(common.name, reason));
        return LeanMl.OK;
      }
    }
  }

  static void report(CommandLine.Model.CommandSpec spec, Common common, AliasMove m) {
    if (common.json()) {
      ObjectNode n = JSON.createObjectNode();
      n.put("alias", m.alias());
      if (m.from().isPresent()) {
        n.put("from", m.from().getAsInt());
      } else {
        n.putNull("from");
      }
      n.put("to", m.to());
      n.put("action", m.action().name().toLowerCase(Locale.ROOT));
      n.put("reason", m.reason());
      print(spec, json(n));
    } else {
      print(
          spec,
          m.alias()
              + ": "
              + (m.from().isPresent() ? "v" + m.from().getAsInt() : "-")
              + " -> v"
              + m.to()
              + " ("
              + m.reason()
              + ")");
    }
  }
}
