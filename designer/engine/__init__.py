"""The engine: PyTorch models built from architectures, training, inspection and export. No Qt."""
