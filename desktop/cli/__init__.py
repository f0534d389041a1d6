"""Command-line interface on top of desktop.core."""
