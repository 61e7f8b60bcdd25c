"""Scripts that build the shipped data (not part of the package)."""
