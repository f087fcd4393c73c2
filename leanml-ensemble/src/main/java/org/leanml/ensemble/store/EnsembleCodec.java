package org.leanml.ensemble.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.leanml.core.LeanMlException;
import org.leanml.core.contract.ContractsJson;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.data.feature.FeatureStateFormatException;
import org.leanml.data.feature.FittedFeaturesCodec;
import org.leanml.ensemble.ColumnProjection;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.MissingInputPolicy;
import org.leanml.ensemble.PredictorCodecs;
import org.leanml.ensemble.Provenance;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.ensemble.combine.MajorityVoteCombiner;
import org.leanml.ensemble.combine.MeanCombiner;
import org.leanml.ensemble.combine.StackedLinearCombiner;
import org.leanml.ensemble.combine.StackedLogisticCombiner;
import org.leanml.ensemble.combine.WeightedMeanCombiner;

/**
 * Stores an {@link Ensemble} as format {@value #FORMAT}.
 *
 * <p>Parts: {@value #MANIFEST} (canonical JSON: format, contracts, missing-input policy, combiner
 * kind and state, and per member its name, feature extraction, predictor codec format, part names,
 * fingerprint and provenance) and, per member, its predictor's own codec parts under {@code
 * members/<name>/}, plus {@code members/<name>/features.json} when the member's extraction has
 * fitted state. A member's parts depend on the member alone, so an ensemble version that keeps a
 * member produces byte-identical parts for it, and a content-addressed registry stores it once.
 *
 * <p>Storable feature extractions: a {@link ColumnProjection} (written inline in the manifest as
 * {@code {"kind":"projection","columns":...}}) and the fitted stages of {@code
 * org.leanml.data.feature} (select, ratio, log, one-hot, bin, scale and feature sets of them),
 * written by {@link FittedFeaturesCodec} as the part {@code members/<name>/features.json} and
 * described in the manifest as {@code {"kind":"leanml-features","part":"features.json",
 * "stateFingerprint":...}}. Anything else is refused with an error naming the member.
 *
 * <p>Decoding checks the version, that the parts are exactly those the manifest lists, and each
 * member's fingerprint from its stored bytes and recorded feature-state fingerprint before any
 * deserializer sees them; then it decodes the feature state (whose rebuilt stage must have the
 * recorded state fingerprint) and the predictor with the installed codec of its format. A swapped,
 * corrupted or tampered member is refused, naming it.
 *
 * <p>Versions: this codec writes manifest version {@value #VERSION} and reads versions 1 and 2.
 * Version 1 (written before fitted feature state could be stored) allows projection members only.
 */
public final class EnsembleCodec implements PredictorCodec {
  /** The format identifier. */
  public static final String FORMAT = "leanml-ensemble/1";

  /** The manifest part. */
  public static final String MANIFEST = "manifest.json";

  /** The manifest version this codec writes and the highest it reads. */
  public static final int VERSION = 2;

  /** The part, inside a member's directory, holding its fitted feature state. */
  public static final String FEATURES_PART = "features.json";

  private static final String PROJECTION = "projection";
  private static final String FITTED = "leanml-features";
  private static final String MEMBERS = "members/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Creates the codec; it holds no state. */
  public EnsembleCodec() {}

  @Override
  public String format() {
    return FORMAT;
  }

  /**
   * Whether the predictor is an ensemble whose members can all be stored.
   *
   * @param predictor a predictor
   * @return {@code true} for an ensemble of members with storable feature extractions (projections
   *     or core feature stages) and installed predictor codecs
   */
  @Override
  public boolean supports(Predictor predictor) {
    if (!(predictor instanceof Ensemble e)) {
      return false;
    }
    for (SubModel s : e.members()) {
      if (!storable(s.features()) || PredictorCodecs.supporting(s.predictor()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean storable(FittedFeatures f) {
    return f instanceof ColumnProjection || FittedFeaturesCodec.supports(f);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@value #MANIFEST} first, then each member's parts in member order
   * @throws IllegalArgumentException if the predictor is not an ensemble, a member's feature
   *     extraction or combiner cannot be stored, or no codec supports a member's predictor; the
   *     message names the member
   */
  @Override
  public Map<String, byte[]> encode(Predictor predictor) {
    if (!(predictor instanceof Ensemble e)) {
      throw new IllegalArgumentException(
          FORMAT + " encodes Ensembles only, not " + predictor.getClass().getName());
    }
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.set("input", ContractsJson.toNode(e.inputContract()));
    root.set("output", ContractsJson.toNode(e.outputContract()));
    root.put("missingInputPolicy", e.missingInputPolicy().name());
    root.set("combiner", combinerNode(e.combiner()));
    ArrayNode members = root.putArray("members");
    Map<String, byte[]> memberParts = new LinkedHashMap<>();
    for (SubModel s : e.members()) {
      if (!storable(s.features())) {
        throw new IllegalArgumentException(
            "member '"
                + s.name()
                + "': its feature extraction "
                + s.features().getClass().getName()
                + " cannot be stored; "
                + FORMAT
                + " stores column projections and the fitted stages of org.leanml.data.feature"
                + " only");
      }
      PredictorCodec codec;
      try {
        codec = s.codec();
      } catch (IllegalStateException ex) {
        throw new IllegalArgumentException(ex.getMessage(), ex);
      }
      Map<String, byte[]> parts = new TreeMap<>(codec.encode(s.predictor()));
      if (parts.containsKey(FEATURES_PART)) {
        throw new IllegalArgumentException(
            "member '"
                + s.name()
                + "': its predictor codec "
                + codec.format()
                + " writes a part named '"
                + FEATURES_PART
                + "', which "
                + FORMAT
                + " reserves for the feature state");
      }
      ObjectNode m = members.addObject();
      m.put("name", s.name());
      ObjectNode features = m.putObject("features");
      Fingerprint state = s.features().stateFingerprint();
      if (s.features() instanceof ColumnProjection p) {
        features.put("kind", PROJECTION);
        features.set("columns", ContractsJson.toNode(p.requires()));
      } else {
        byte[] stateJson;
        try {
          stateJson = FittedFeaturesCodec.encode(s.features());
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException("member '" + s.name() + "': " + ex.getMessage(), ex);
        }
        features.put("kind", FITTED);
        features.put("part", FEATURES_PART);
        features.put("stateFingerprint", state.hex());
        memberParts.put(MEMBERS + s.name() + "/" + FEATURES_PART, stateJson);
      }
      m.put("codec", codec.format());
      ArrayNode partNames = m.putArray("parts");
      parts.keySet().forEach(partNames::add);
      m.put(
          "fingerprint",
          SubModel.fingerprintOf(s.name(), state, codec.format(), parts, s.provenance()).hex());
      m.set("provenance", provenanceNode(s.provenance()));
      parts.forEach((name, bytes) -> memberParts.put(MEMBERS + s.name() + "/" + name, bytes));
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    try {
      out.put(MANIFEST, MAPPER.writeValueAsBytes(root));
    } catch (IOException ex) {
      throw new IllegalStateException("cannot write the manifest", ex);
    }
    out.putAll(memberParts);
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * @throws EnsembleFormatException if the manifest is malformed or of another version, parts are
   *     missing or extra, a member's codec is not installed, or a member's fingerprint does not
   *     match the manifest
   * @throws LeanMlException as thrown by a member's codec for its malformed parts
   */
  @Override
  public Ensemble decode(Map<String, byte[]> parts) {
    byte[] manifest = parts.get(MANIFEST);
    if (manifest == null) {
      throw new EnsembleFormatException(
          FORMAT + " needs a part '" + MANIFEST + "' but got " + new TreeSet<>(parts.keySet()));
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(manifest);
    } catch (IOException ex) {
      throw new EnsembleFormatException(MANIFEST + " is not JSON: " + ex.getMessage(), ex);
    }
    String format = text(root, "format");
    if (!FORMAT.equals(format)) {
      throw new EnsembleFormatException(MANIFEST + ": format '" + format + "' is not " + FORMAT);
    }
    int version = integer(root, "version");
    if (version < 1 || version > VERSION) {
      throw new EnsembleFormatException(
          MANIFEST
              + ": unknown version "
              + version
              + ", this codec reads versions 1 to "
              + VERSION);
    }
    try {
      InputContract input = ContractsJson.inputFromNode(field(root, "input"));
      OutputContract output = ContractsJson.outputFromNode(field(root, "output"));
      MissingInputPolicy policy = MissingInputPolicy.valueOf(text(root, "missingInputPolicy"));
      Combiner combiner = combinerFrom(field(root, "combiner"));
      List<SubModel> members = new ArrayList<>();
      TreeSet<String> expected = new TreeSet<>();
      expected.add(MANIFEST);
      for (JsonNode m : field(root, "members")) {
        members.add(decodeMember(m, version, parts, expected));
      }
      if (!expected.equals(new TreeSet<>(parts.keySet()))) {
        TreeSet<String> extra = new TreeSet<>(parts.keySet());
        extra.removeAll(expected);
        throw new EnsembleFormatException(
            FORMAT + ": parts " + extra + " are not listed in the manifest");
      }
      return Ensemble.of(input, output, members, combiner).with(policy);
    } catch (LeanMlException ex) {
      throw ex;
    } catch (IllegalArgumentException | NullPointerException ex) {
      throw new EnsembleFormatException(MANIFEST + ": " + ex.getMessage(), ex);
    }
  }

  private static SubModel decodeMember(
      JsonNode m, int version, Map<String, byte[]> parts, Set<String> expected) {
    String name = text(m, "name");
    JsonNode features = field(m, "features");
    String kind = text(features, "kind");
    boolean fitted = FITTED.equals(kind) && version >= 2;
    if (!PROJECTION.equals(kind) && !fitted) {
      throw new EnsembleFormatException(
          MANIFEST
              + ": member '"
              + name
              + "' has an unknown feature kind '"
              + kind
              + "' (version "
              + version
              + " allows "
              + (version >= 2 ? List.of(PROJECTION, FITTED) : List.of(PROJECTION))
              + ")");
    }
    ColumnProjection projection = null;
    byte[] stateJson = null;
    Fingerprint state;
    if (fitted) {
      String part = text(features, "part");
      if (!FEATURES_PART.equals(part)) {
        throw new EnsembleFormatException(
            MANIFEST
                + ": member '"
                + name
                + "': features.part must be '"
                + FEATURES_PART
                + "' but was '"
                + part
                + "'");
      }
      String key = MEMBERS + name + "/" + FEATURES_PART;
      stateJson = parts.get(key);
      if (stateJson == null) {
        throw new EnsembleFormatException("member '" + name + "': part '" + key + "' is missing");
      }
      expected.add(key);
      state = new Fingerprint(text(features, "stateFingerprint"));
    } else {
      projection = ColumnProjection.of(ContractsJson.inputFromNode(field(features, "columns")));
      state = projection.stateFingerprint();
    }
    String codecFormat = text(m, "codec");
    PredictorCodec codec =
        PredictorCodecs.forFormat(codecFormat)
            .orElseThrow(
                () ->
                    new EnsembleFormatException(
                        "member '"
                            + name
                            + "' is stored as '"
                            + codecFormat
                            + "' but no installed PredictorCodec reads that format"));
    Map<String, byte[]> own = new TreeMap<>();
    for (JsonNode p : field(m, "parts")) {
      if (fitted && FEATURES_PART.equals(p.asText())) {
        throw new EnsembleFormatException(
            MANIFEST
                + ": member '"
                + name
                + "' lists '"
                + FEATURES_PART
                + "' among its predictor parts, but that name is reserved for the feature state");
      }
      String key = MEMBERS + name + "/" + p.asText();
      byte[] bytes = parts.get(key);
      if (bytes == null) {
        throw new EnsembleFormatException("member '" + name + "': part '" + key + "' is missing");
      }
      expected.add(key);
      own.put(p.asText(), bytes);
    }
    Provenance provenance = provenanceFrom(field(m, "provenance"));
    // Check the bytes before any deserializer sees them.
    Fingerprint stored = new Fingerprint(text(m, "fingerprint"));
    Fingerprint fromParts = SubModel.fingerprintOf(name, state, codecFormat, own, provenance);
    if (!stored.equals(fromParts)) {
      throw new EnsembleFormatException(
          "member '"
              + name
              + "': its parts have fingerprint "
              + fromParts.shortHex()
              + " but the manifest records "
              + stored.shortHex());
    }
    FittedFeatures extraction;
    if (!fitted) {
      extraction = Objects.requireNonNull(projection, "projection");
    } else {
      try {
        extraction = FittedFeaturesCodec.decode(Objects.requireNonNull(stateJson, "stateJson"));
      } catch (FeatureStateFormatException ex) {
        throw new EnsembleFormatException(
            "member '" + name + "': " + FEATURES_PART + ": " + ex.getMessage(), ex);
      }
      if (!extraction.stateFingerprint().equals(state)) {
        throw new EnsembleFormatException(
            "member '"
                + name
                + "': its "
                + FEATURES_PART
                + " has state fingerprint "
                + extraction.stateFingerprint().shortHex()
                + " but the manifest records "
                + state.shortHex());
      }
    }
    Predictor predictor = codec.decode(own);
    try {
      return SubModel.of(name, extraction, predictor, provenance);
    } catch (IllegalArgumentException ex) {
      throw new EnsembleFormatException("member '" + name + "': " + ex.getMessage(), ex);
    }
  }

  private static ObjectNode combinerNode(Combiner c) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", c.kind());
    if (c instanceof MeanCombiner || c instanceof MajorityVoteCombiner) {
      return n;
    }
    if (c instanceof WeightedMeanCombiner w) {
      doubles(n.putArray("weights"), w.weights());
    } else if (c instanceof StackedLogisticCombiner s) {
      n.put("classes", s.classes());
      ArrayNode rows = n.putArray("coefficients");
      for (double[] row : s.coefficients()) {
        doubles(rows.addArray(), row);
      }
      doubles(n.putArray("fill"), s.fill());
    } else if (c instanceof StackedLinearCombiner s) {
      n.put("intercept", s.intercept());
      doubles(n.putArray("coefficients"), s.coefficients());
      doubles(n.putArray("fill"), s.fill());
    } else {
      throw new IllegalArgumentException(
          "the combiner " + c.getClass().getName() + " (kind '" + c.kind() + "') cannot be stored");
    }
    return n;
  }

  private static Combiner combinerFrom(JsonNode n) {
    String kind = text(n, "kind");
    switch (kind) {
      case "mean":
        return Combiner.mean();
      case "majority-vote":
        return Combiner.majorityVote();
      case "weighted-mean":
        return Combiner.weighted(doubles(field(n, "weights")));
      case "stacked-logistic":
        {
          JsonNode rows = field(n, "coefficients");
          double[][] coefficients = new double[rows.size()][];
          for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = doubles(rows.get(i));
          }
          return new StackedLogisticCombiner(
              integer(n, "classes"), coefficients, doubles(field(n, "fill")));
        }
      case "stacked-linear":
        return new StackedLinearCombiner(
            field(n, "intercept").asDouble(),
            doubles(field(n, "coefficients")),
            doubles(field(n, "fill")));
      default:
        throw new EnsembleFormatException(MANIFEST + ": unknown combiner kind '" + kind + "'");
    }
  }

  private static ObjectNode provenanceNode(Provenance p) {
    ObjectNode n = NODES.objectNode();
    ObjectNode trainer = n.putObject("trainer");
    p.trainer().forEach(trainer::put);
    if (p.dataFingerprint() == null) {
      n.putNull("data");
    } else {
      n.put("data", p.dataFingerprint().hex());
    }
    ObjectNode tuning = n.putObject("tuning");
    p.tuning().forEach(tuning::put);
    return n;
  }

  private static Provenance provenanceFrom(JsonNode n) {
    JsonNode data = field(n, "data");
    return new Provenance(
        stringMap(field(n, "trainer")),
        data.isNull() ? null : new Fingerprint(data.asText()),
        stringMap(field(n, "tuning")));
  }

  private static Map<String, String> stringMap(JsonNode n) {
    Map<String, String> out = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private static void doubles(ArrayNode a, double[] values) {
    for (double v : values) {
      a.add(v);
    }
  }

  private static double[] doubles(JsonNode a) {
    if (!a.isArray()) {
      throw new EnsembleFormatException(MANIFEST + ": expected an array of numbers but got " + a);
    }
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      if (!a.get(i).isNumber()) {
        throw new EnsembleFormatException(MANIFEST + ": " + a.get(i) + " is not a number");
      }
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  private static JsonNode field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null) {
      throw new EnsembleFormatException(MANIFEST + ": field '" + name + "' is missing");
    }
    return v;
  }

  private static String text(JsonNode n, String name) {
    JsonNode v = field(n, name);
    if (!v.isTextual()) {
      throw new EnsembleFormatException(MANIFEST + ": field '" + name + "' must be text");
    }
    return v.asText();
  }

  private static int integer(JsonNode n, String name) {
    JsonNode v = field(n, name);
    if (!v.isInt()) {
      throw new EnsembleFormatException(MANIFEST + ": field '" + name + "' must be an integer");
    }
    return v.asInt();
  }
}
