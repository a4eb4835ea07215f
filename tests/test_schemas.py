from jointwatch.schemas import SCHEMAS, generate

from .conftest import REPO


def test_schema_files_match_the_models():
    for name, text in generate().items():
        path = REPO / "schemas" / name
        assert path.exists(), f"{path} missing: run `make schemas`"
        assert path.read_text() == text, f"{path} drifted from the models: run `make schemas`"


def test_every_contract_schema_is_generated():
    assert set(SCHEMAS) == {"article.v1.json", "classification.v1.json", "alert.v1.json"}


def test_article_schema_requires_id_and_body():
    import json

    schema = json.loads(generate()["article.v1.json"])
    assert set(schema["required"]) == {"id", "body"}
    assert schema["properties"]["body"]["maxLength"] == 1_000_000
