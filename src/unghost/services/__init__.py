"""Use cases: load from the store, call the domain, save. The only layer that commits."""
