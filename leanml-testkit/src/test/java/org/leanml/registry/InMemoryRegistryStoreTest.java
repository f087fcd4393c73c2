package org.leanml.registry;

import org.leanml.testkit.registry.RegistryStoreContract;

class InMemoryRegistryStoreTest extends RegistryStoreContract {
  @Override
  protected RegistryStore newStore() {
    return new InMemoryRegistryStore();
  }
}
