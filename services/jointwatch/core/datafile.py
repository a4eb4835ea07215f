"""Reading the versioned TOML data files (knowledge, cue lexicon, severity policy) with errors
that name the file and say what is wrong with it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ConfigurationError

M = TypeVar("M", bound=BaseModel)


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """The parsed document; `what` names the file's role in messages ("cue lexicon")."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigurationError(f"{what} {path} is missing") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{what} {path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigurationError(f"{what} {path} cannot be read: {exc}") from None


def load_toml_model(path: Path, model: type[M], what: str) -> M:
    doc = read_toml(path, what)
    try:
        return model.model_validate(doc)
    except ValidationError as exc:
        raise ConfigurationError(f"{what} {path} is invalid:\n{exc}") from None
