"""The layer kinds, one module per palette group."""
