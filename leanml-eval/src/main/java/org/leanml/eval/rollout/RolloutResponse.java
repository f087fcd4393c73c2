package org.leanml.eval.rollout;

import java.util.Objects;
import org.leanml.core.predict.Prediction;

/**
 * What a {@link Rollout} served for one request.
 *
 * @param requestId the request's id, to report its outcome later
 * @param served the arm whose prediction was served
 * @param prediction the served prediction
 */
public record RolloutResponse(String requestId, Arm served, Prediction prediction) {
  /**
   * Validates.
   *
   * @param requestId the request's id, to report its outcome later
   * @param served the arm whose prediction was served
   * @param prediction the served prediction
   * @throws NullPointerException if a component is null
   */
  public RolloutResponse {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(served, "served");
    Objects.requireNonNull(prediction, "prediction");
  }
}
