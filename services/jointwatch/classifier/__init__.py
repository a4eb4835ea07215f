"""The classifier service: articles topic -> decode -> validate -> classify -> reports topic, or DLQ."""
