package org.leanml.core.stage;

import org.leanml.core.fingerprint.Fingerprint;

/** Something whose behaviour was learned from data, and whose learned state has a fingerprint. */
public interface Fitted {

  /**
   * The fingerprint of the fitted state (e.g. the medians an imputer learned, a scaler's means and
   * deviations) together with the configuration. Equal fingerprints mean identical behaviour.
   *
   * @return the fingerprint
   */
  Fingerprint stateFingerprint();
}
