"""classifier._construct against pydantic: the same instance as `model_construct` (and as a
validated one) for every model the classifier builds with it, and the models still fit the
shortcut (no aliases, no defaults filled in, no extra fields, no private attributes, no
post-init hook)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from jointwatch.core.classifier import _construct
from jointwatch.core.models import (
    Asset,
    ClassificationResult,
    Evidence,
    Location,
    RegionOfInterest,
    Severity,
)

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
    (
        ClassificationResult,
        {
            "article_id": "val-0001",
            "joint_military_activity": True,
            "score": 0.8125,
            "states": ["CHN", "RUS"],
            "activity": "patrol",
            "domains": ["air"],
            "assets": [
                Asset.model_construct(
                    name="H-6", state="CHN", nuclear_capable=True, kind="bomber", domain="air"
                )
            ],
            "locations": [Location.model_construct(name="Sea of Japan", lat=40.0, lon=135.0)],
            "region_of_interest": RegionOfInterest.model_construct(
                name="Japan", distance_km=120.5, distance_source="computed"
            ),
            "severity": Severity.HIGH,
            "evidence": [Evidence(text="flew", start=0, end=4, supports="activity")],
            "tense": "past",
            "first_of_its_kind": False,
            "reasons": ["joint military activity (score 0.81)"],
            "classifier_version": "rules-1",
        },
    ),
    (
        ClassificationResult,
        {
            "article_id": "a",
            "joint_military_activity": False,
            "score": 0.0,
            "states": [],
            "activity": None,
            "domains": [],
            "assets": [],
            "locations": [],
            "region_of_interest": None,
            "severity": Severity.INFO,
            "evidence": [],
            "tense": None,
            "first_of_its_kind": False,
            "reasons": [],
            "classifier_version": "rules-1",
        },
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
