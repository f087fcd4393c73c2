package org.leanml.core.registry;

class InMemoryRegistryStoreTest extends RegistryStoreContract {
  @Override
  RegistryStore newStore() {
    return new InMemoryRegistryStore();
  }
}
