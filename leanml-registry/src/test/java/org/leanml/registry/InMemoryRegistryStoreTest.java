package org.leanml.registry;

class InMemoryRegistryStoreTest extends RegistryStoreContract {
  @Override
  RegistryStore newStore() {
    return new InMemoryRegistryStore();
  }
}
