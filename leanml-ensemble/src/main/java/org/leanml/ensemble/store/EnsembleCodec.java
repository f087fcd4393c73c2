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
import java.util.TreeMap;
import java.util.TreeSet;
import org.leanml.core.LeanMlException;
import org.leanml.core.contract.ContractsJson;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;
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
 * members/<name>/}. A member's parts depend on the member alone, so an ensemble version that keeps
 * a member produces byte-identical parts for it, and a content-addressed registry stores it once.
 *
 * <p>Decoding checks the version, that the parts are exactly those the manifest lists, decodes each
 * member with the installed codec of its format, and recomputes each member's fingerprint against
 * the manifest, so a swapped or corrupted member is refused.
 *
 * <p>Storable feature extractions: {@link ColumnProjection}. Anything else is refused with an error
 * naming the member.
 */
public final class EnsembleCodec implements PredictorCodec {
  /** The format identifier. */
  public static final String FORMAT = "leanml-ensemble/1";

  /** The manifest part. */
  public static final String MANIFEST = "manifest.json";

  /** The manifest version this codec writes and the highest it reads. */
  public static final int VERSION = 1;

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
   * @return {@code true} for an ensemble of projection members with installed codecs
   */
  @Override
  public boolean supports(Predictor predictor) {
    if (!(predictor instanceof Ensemble e)) {
      return false;
    }
    for (SubModel s : e.members()) {
      if (!(s.features() instanceof ColumnProjection)
          || PredictorCodecs.supporting(s.predictor()).isEmpty()) {
        return false;
      }
    }
    return true;
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
      if (!(s.features() instanceof ColumnProjection p)) {
        throw new IllegalArgumentException(
            "member '"
                + s.name()
                + "': its feature extraction "
                + s.features().getClass().getName()
                + " cannot be stored; "
                + FORMAT
                + " stores column projections only");
      }
      PredictorCodec codec;
      try {
        codec = s.codec();
      } catch (IllegalStateException ex) {
        throw new IllegalArgumentException(ex.getMessage(), ex);
      }
      Map<String, byte[]> parts = new TreeMap<>(codec.encode(s.predictor()));
      ObjectNode m = members.addObject();
      m.put("name", s.name());
      ObjectNode features = m.putObject("features");
      features.put("kind", "projection");
      features.set("columns", ContractsJson.toNode(p.requires()));
      m.put("codec", codec.format());
      ArrayNode partNames = m.putArray("parts");
      parts.keySet().forEach(partNames::add);
      m.put(
          "fingerprint",
          SubModel.fingerprintOf(
                  s.name(), p.stateFingerprint(), codec.format(), parts, s.provenance())
              .hex());
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
        members.add(decodeMember(m, parts, expected));
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
      JsonNode m, Map<String, byte[]> parts, TreeSet<String> expected) {
    String name = text(m, "name");
    JsonNode features = field(m, "features");
    if (!"projection".equals(text(features, "kind"))) {
      throw new EnsembleFormatException(
          MANIFEST + ": member '" + name + "' has an unknown feature kind " + features.get("kind"));
    }
    ColumnProjection projection =
        ColumnProjection.of(ContractsJson.inputFromNode(field(features, "columns")));
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
      String key = MEMBERS + name + "/" + p.asText();
      byte[] bytes = parts.get(key);
      if (bytes == null) {
        throw new EnsembleFormatException("member '" + name + "': part '" + key + "' is missing");
      }
      expected.add(key);
      own.put(p.asText(), bytes);
    }
    Provenance provenance = provenanceFrom(field(m, "provenance"));
    Predictor predictor = codec.decode(own);
    SubModel member = SubModel.of(name, projection, predictor, provenance);
    Fingerprint stored = new Fingerprint(text(m, "fingerprint"));
    Fingerprint fromParts =
        SubModel.fingerprintOf(name, projection.stateFingerprint(), codecFormat, own, provenance);
    if (!stored.equals(fromParts)) {
      throw new EnsembleFormatException(
          "member '"
              + name
              + "': its parts have fingerprint "
              + fromParts.shortHex()
              + " but the manifest records "
              + stored.shortHex());
    }
    return member;
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
