"""The example batches in resources/examples/decisions still verify, and the format's
documentation names every field they carry (they are what the centre's developers read)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kvisa_desk.core.exchange.verify import verify_batch

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples" / "decisions"
CERTIFICATE = EXAMPLES / "LON-letters-certificate.pem"
BATCHES = sorted(p for p in EXAMPLES.iterdir() if p.is_dir())
DOC = ROOT / "docs" / "decision-format.md"


def test_there_are_two_example_batches_with_every_outcome_and_a_correction() -> None:
    assert [p.name for p in BATCHES] == ["decisions-LON-000001", "decisions-LON-000002"]
    records = [
        json.loads(line)
        for batch in BATCHES
        for line in (batch / "decisions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    outcomes = {r["outcome"] for r in records}
    assert outcomes == {
        "approved",
        "refused",
        "documents_requested",
        "interview_invited",
        "withdrawn",
    }
    assert any(r["correction_of"] for r in records)


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_each_example_batch_verifies(batch: Path) -> None:
    check = verify_batch(batch, [CERTIFICATE.read_text(encoding="ascii")])
    assert check.intact, check.problems
    if shutil.which("openssl") is None:
        return
    proc = subprocess.run(
        [
            "openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", str(batch / "manifest.json.sig"), "-content", str(batch / "manifest.json"),
            "-CAfile", str(CERTIFICATE), "-purpose", "any", "-out", "/dev/null",
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def test_the_documentation_names_every_field_of_the_examples() -> None:
    text = DOC.read_text(encoding="utf-8")
    for batch in BATCHES:
        manifest = json.loads((batch / "manifest.json").read_bytes())
        for key in manifest:
            assert f'"{key}"' in text, f"manifest field {key} is not documented"
        for line in (batch / "decisions.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key, value in record.items():
                assert f"| `{key}` |" in text, f"record field {key} is not in the table"
                if isinstance(value, dict):
                    for inner in value:
                        assert f"`{inner}`" in text, f"{key}.{inner} is not documented"
