package org.leanml.core.predict;

import java.util.Map;

/**
 * Turns a {@link Predictor} into named byte parts for storage and back. The registry stores each
 * part as a content-addressed blob, verifies every part's SHA-256 before calling {@link #decode},
 * and records {@link #format()} so the same codec decodes it later.
 *
 * <p>Codecs never use Java serialization. A codec that hands bytes to a third-party deserializer
 * (Tribuo's protobuf loader) checks first that the bytes name an allowed class.
 */
public interface PredictorCodec {

  /**
   * The stored format's name and version, e.g. {@code "tribuo-protobuf/1"}.
   *
   * @return the format identifier
   */
  String format();

  /**
   * Whether this codec can encode a predictor.
   *
   * @param predictor a predictor
   * @return {@code true} if {@link #encode} accepts it
   */
  boolean supports(Predictor predictor);

  /**
   * Encodes a predictor into named parts. Part names are relative paths of {@code [A-Za-z0-9._/-]}
   * characters; equal predictors give byte-identical parts, so shared members are stored once.
   *
   * @param predictor a predictor this codec supports
   * @return part name to bytes, in a stable order
   * @throws IllegalArgumentException if the predictor is not supported
   */
  Map<String, byte[]> encode(Predictor predictor);

  /**
   * Decodes parts written by {@link #encode}.
   *
   * @param parts part name to bytes, already checksum-verified by the caller
   * @return the predictor
   * @throws org.leanml.core.LeanMlException if the parts are malformed, of an unknown version, or
   *     name a model class that is not allowed
   */
  Predictor decode(Map<String, byte[]> parts);
}
