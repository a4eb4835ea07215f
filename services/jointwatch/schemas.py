"""JSON Schemas of the wire models, generated into the repository's `schemas/` directory."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .core.models import Alert, Article, ClassificationResult

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "article.v1.json": (Article, "validation"),
    "classification.v1.json": (ClassificationResult, "serialization"),
    "alert.v1.json": (Alert, "serialization"),
}

BASE_ID = "https://jointwatch.dev/schemas/"


def generate() -> dict[str, str]:
    """File name -> schema text, exactly as written to disk."""
    out = {}
    for name, (model, mode) in SCHEMAS.items():
        schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": BASE_ID + name,
            **schema,
        }
        out[name] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
