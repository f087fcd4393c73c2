package org.leanml.ensemble.train;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.Table;

/** A test wrapper that counts fits of a real trainer. */
final class CountingModeling implements Modeling {
  final Modeling delegate;
  final AtomicInteger fits = new AtomicInteger();

  CountingModeling(Modeling delegate) {
    this.delegate = delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public Map<String, String> configuration() {
    return delegate.configuration();
  }

  @Override
  public Predictor fit(Table data, InputContract features, OutputContract output) {
    fits.incrementAndGet();
    return delegate.fit(data, features, output);
  }
}
