package org.leanml.data.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/**
 * Several feature extractions side by side: the features of each part, concatenated in order. Parts
 * are fitted independently on the same training table. Feature names must be unique across parts
 * (checked when fitting, since some names, like one-hot levels, are only known then).
 *
 * <p>What it requires is the merge of the parts' requirements: a column read by several parts must
 * have one type, and gets the strictest nullability, finiteness and range.
 */
public final class FeatureSet implements FeatureExtraction {
  private final List<FeatureExtraction> parts;
  private final String name;
  private final InputContract requires;

  private FeatureSet(List<FeatureExtraction> parts, String name) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a feature set needs at least one part");
    }
    this.parts = List.copyOf(parts);
    this.name = Column.requireName(name);
    this.requires = merge(this.parts);
  }

  static FeatureSet of(List<FeatureExtraction> parts) {
    return new FeatureSet(parts, "features");
  }

  private static InputContract merge(List<FeatureExtraction> parts) {
    Map<String, FeatureSpec> merged = new LinkedHashMap<>();
    for (FeatureExtraction p : parts) {
      for (FeatureSpec s : p.requires().features()) {
        FeatureSpec prev = merged.get(s.name());
        if (prev == null) {
          merged.put(s.name(), s);
          continue;
        }
        if (prev.type() != s.type()) {
          throw new IllegalArgumentException(
              "column '"
                  + s.name()
                  + "' is required as "
                  + prev.type()
                  + " by one part and as "
                  + s.type()
                  + " by part '"
                  + p.name()
                  + "'");
        }
        List<String> cats = prev.categories().isEmpty() ? s.categories() : prev.categories();
        if (!prev.categories().isEmpty() && !s.categories().isEmpty()) {
          cats = new ArrayList<>(prev.categories());
          cats.retainAll(s.categories());
        }
        // both parts' requirements hold: the larger minimum and the smaller maximum
        double min = Math.max(prev.min(), s.min());
        double max = Math.min(prev.max(), s.max());
        merged.put(
            s.name(),
            new FeatureSpec(
                s.name(),
                s.type(),
                prev.nullable() && s.nullable(),
                prev.allowNonFinite() && s.allowNonFinite(),
                min,
                max,
                cats));
      }
    }
    return new InputContract(new ArrayList<>(merged.values()));
  }

  /**
   * This feature set under another stage name.
   *
   * @param newName the name
   * @return a new feature set
   * @throws IllegalArgumentException if the name is blank
   */
  public FeatureSet named(String newName) {
    return new FeatureSet(parts, newName);
  }

  /**
   * The parts.
   *
   * @return an unmodifiable list
   */
  public List<FeatureExtraction> parts() {
    return parts;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      FeatureExtraction p = parts.get(i);
      String prefix = String.format("part%02d.", i);
      m.put(prefix + "name", p.name());
      p.configuration().forEach((k, v) -> m.put(prefix + k, v));
    }
    return Stages.config(flatten(m));
  }

  private static String[] flatten(Map<String, String> m) {
    String[] kv = new String[m.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : m.entrySet()) {
      kv[i++] = e.getKey();
      kv[i++] = e.getValue();
    }
    return kv;
  }

  @Override
  public InputContract requires() {
    return requires;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if two parts produce a feature of the same name
   */
  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires, training, name);
    List<FittedFeatures> fitted = new ArrayList<>(parts.size());
    for (FeatureExtraction p : parts) {
      fitted.add(p.fit(training));
    }
    return assemble(fitted);
  }

  static FeatureSet restore(String name, List<FeatureExtraction> parts) {
    return new FeatureSet(parts, name);
  }

  /**
   * This set fitted from its parts' fitted forms, in the order of {@link #parts()}.
   *
   * @throws IllegalArgumentException if two parts produce a feature of the same name
   */
  Fitted assemble(List<FittedFeatures> fitted) {
    List<FeatureSpec> produced = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    for (FittedFeatures f : fitted) {
      for (FeatureSpec s : f.produces().features()) {
        String prev = owner.put(s.name(), f.name());
        if (prev != null) {
          throw new IllegalArgumentException(
              "feature '"
                  + s.name()
                  + "' is produced by part '"
                  + prev
                  + "' and by part '"
                  + f.name()
                  + "'; rename one");
        }
        produced.add(s);
      }
    }
    return new Fitted(this, new InputContract(produced), fitted);
  }

  /** A fitted feature set. */
  static final class Fitted implements FittedFeatures {
    final FeatureSet stage;
    private final String name;
    private final Map<String, String> configuration;
    private final InputContract requires;
    private final InputContract produces;
    private final FittedFeatures[] parts;
    private final int[] offsets;
    private final List<ThreadLocal<double[]>> scratch = new ArrayList<>();

    Fitted(FeatureSet stage, InputContract produces, List<FittedFeatures> parts) {
      this.stage = stage;
      this.name = stage.name;
      this.configuration = stage.configuration();
      this.requires = stage.requires;
      this.produces = produces;
      this.parts = parts.toArray(new FittedFeatures[0]);
      this.offsets = new int[this.parts.length];
      int off = 0;
      for (int i = 0; i < this.parts.length; i++) {
        offsets[i] = off;
        int width = this.parts[i].produces().size();
        off += width;
        scratch.add(
            this.parts[i] instanceof FittedBase
                ? null
                : ThreadLocal.withInitial(() -> new double[width]));
      }
    }

    /** The fitted parts, in order (not copied). */
    FittedFeatures[] parts() {
      return parts;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<String, String> configuration() {
      return configuration;
    }

    @Override
    public Fingerprint stateFingerprint() {
      Fingerprinter f = Stages.fingerprinter("leanml.feature.set.v1", name, configuration);
      for (FittedFeatures p : parts) {
        f.putFingerprint(p.stateFingerprint());
      }
      return f.finish();
    }

    @Override
    public InputContract requires() {
      return requires;
    }

    @Override
    public InputContract produces() {
      return produces;
    }

    @Override
    public Table transform(Table table) {
      Specs.checkInput(requires, table, name);
      List<Column> out = new ArrayList<>(produces.size());
      for (FittedFeatures p : parts) {
        out.addAll(p.transform(table).columns());
      }
      return Table.of(out);
    }

    @Override
    public void transformRow(Row row, double[] out) {
      if (out.length != produces.size()) {
        throw new IllegalArgumentException(
            "out has length "
                + out.length
                + " but '"
                + name
                + "' produces "
                + produces.size()
                + " features");
      }
      for (int i = 0; i < parts.length; i++) {
        if (parts[i] instanceof FittedBase b) {
          b.transformInto(row, out, offsets[i]);
        } else {
          double[] s = scratch.get(i).get();
          parts[i].transformRow(row, s);
          System.arraycopy(s, 0, out, offsets[i], s.length);
        }
      }
    }

    @Override
    public String toString() {
      return "FeatureSet.Fitted[" + name + " -> " + produces.names() + "]";
    }
  }
}
