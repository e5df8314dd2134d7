"""The architecture core: pure Python, no Qt, no torch.

Layer catalogue, shape and parameter inference, the file format and presets.
"""
