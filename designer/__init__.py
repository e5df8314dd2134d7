"""cnn-designer: design, train, inspect and export convolutional networks."""

__version__ = "0.1.0"
