"""The clusterer service: reports -> event clusters (state in a changelog) -> alerts topic."""
