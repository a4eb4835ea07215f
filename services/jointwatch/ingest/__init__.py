"""The ingest service: files of Article JSON Lines to the articles topic."""
