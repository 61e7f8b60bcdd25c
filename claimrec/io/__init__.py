"""Reading and writing claims and claim graphs (layer 8)."""
