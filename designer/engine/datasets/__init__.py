"""Data sets: built-in generated ones, torchvision's, and the user's image folders."""
