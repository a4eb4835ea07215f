"""classifier._construct against pydantic: the same instance as `model_construct` (and as a
validated one) for every model the classifier builds with it, and the models still fit the
shortcut (no aliases, no defaults filled in, no extra fields, no private attributes, no
post-init hook)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from jointwatch.core.classifier import _construct
from jointwatch.core.models import Asset, Evidence, Location, RegionOfInterest

CASES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (Evidence, {"text": "jets flew together", "start": 3, "end": 21, "supports": "activity"}),
    (Location, {"name": "Sea of Japan", "lat": 40.0, "lon": 135.0}),
    (
        Asset,
        {
            "name": "Tu-95",
            "state": "RUS",
            "nuclear_capable": True,
            "kind": "bomber",
            "domain": "air",
        },
    ),
    (
        Asset,
        {"name": "a ship", "state": None, "nuclear_capable": False, "kind": None, "domain": None},
    ),
    (
        RegionOfInterest,
        {"name": "Taiwan Strait", "distance_km": 120.5, "distance_source": "stated"},
    ),
]


@pytest.mark.parametrize(("model", "fields"), CASES)
def test_construct_is_model_construct(model: type[BaseModel], fields: dict[str, Any]) -> None:
    assert list(fields) == list(model.model_fields)  # every field, in the model's order
    assert all(f.alias is None and f.validation_alias is None for f in model.model_fields.values())
    assert model.model_config.get("extra") != "allow"
    assert not model.__private_attributes__
    assert not model.__pydantic_post_init__
    assert not model.__pydantic_root_model__

    built = _construct(model, dict(fields))
    reference = model.model_construct(**fields)
    validated = model(**fields)
    assert type(built) is model
    for other in (reference, validated):
        assert built.__dict__ == other.__dict__
        assert list(built.__dict__) == list(other.__dict__)
        assert built.model_fields_set == other.model_fields_set
        assert built.__pydantic_extra__ == other.__pydantic_extra__
        assert built.__pydantic_private__ == other.__pydantic_private__
        assert built == other
        assert built.model_dump_json() == other.model_dump_json()
