package org.leanml.registry;

import java.util.Arrays;
import java.util.List;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Row;

/** A test predictor that always predicts the same positive-class probability. */
final class ConstantPredictor implements Predictor {
  private final double positive;
  private final byte[] payload;

  ConstantPredictor(double positive) {
    this(positive, new byte[0]);
  }

  /** A payload makes the artifact as big as a test needs; it is stored and checked, not used. */
  ConstantPredictor(double positive, byte[] payload) {
    this.positive = positive;
    this.payload = payload.clone();
  }

  double positive() {
    return positive;
  }

  byte[] payload() {
    return payload.clone();
  }

  @Override
  public InputContract inputContract() {
    return InputContract.numeric(List.of("x"));
  }

  @Override
  public OutputContract outputContract() {
    return OutputContract.binary("label", "no", "yes");
  }

  @Override
  public Prediction predict(Row row) {
    return Prediction.ofProbabilities(1 - positive, positive);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConstantPredictor c
        && Double.compare(positive, c.positive) == 0
        && Arrays.equals(payload, c.payload);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(positive) * 31 + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "ConstantPredictor[" + positive + ", " + payload.length + " bytes]";
  }
}
