package org.leanml.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;

/**
 * The {@link PredictorCodec}s on the class path ({@code META-INF/services}), found once. A member's
 * identity is its encoded bytes, so every member predictor needs a codec that supports it.
 */
public final class PredictorCodecs {
  private static volatile @Nullable List<PredictorCodec> loaded;

  private PredictorCodecs() {}

  /**
   * Every installed codec, in class-path order.
   *
   * @return an unmodifiable list
   */
  public static List<PredictorCodec> installed() {
    List<PredictorCodec> l = loaded;
    if (l == null) {
      List<PredictorCodec> found = new ArrayList<>();
      ServiceLoader.load(PredictorCodec.class, PredictorCodecs.class.getClassLoader())
          .forEach(found::add);
      l = List.copyOf(found);
      loaded = l;
    }
    return l;
  }

  /**
   * The first installed codec that supports a predictor.
   *
   * @param predictor a predictor
   * @return the codec, or empty
   */
  public static Optional<PredictorCodec> supporting(Predictor predictor) {
    for (PredictorCodec c : installed()) {
      if (c.supports(predictor)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The installed codec of a stored format.
   *
   * @param format a format identifier such as {@code "tribuo-protobuf/1"}
   * @return the codec, or empty
   */
  public static Optional<PredictorCodec> forFormat(String format) {
    for (PredictorCodec c : installed()) {
      if (c.format().equals(format)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
