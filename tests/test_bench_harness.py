"""A smoke test of the benchmark harness: `python -m bench import --quick --json OUT` runs.

Benchmarks are never run here (too slow) and no speed is asserted: this checks only that
the harness, the data generator and the worker subprocesses work end to end, and that the
JSON holds what the README's figures are copied from.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
KEYS = {"name", "value", "unit", "baseline", "ratio"}


def test_quick_import_benchmark_writes_json_rows(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KVISA_BENCH_CACHE": str(tmp_path / "cache"),  # never the checkout's bench/.cache
    }
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "import", "--quick", "--json", str(out)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]

    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [row["name"] for row in rows] == [
        "import.time",
        "import.rate",
        "import.peak_rss",
        "import.encrypted_time",  # the encrypted column, against the plain import
    ]
    for row in rows:
        assert row.keys() >= KEYS, row
        assert "skipped" not in row and "error" not in row, row
        for key in ("value", "baseline", "ratio"):
            assert isinstance(row[key], int | float) and math.isfinite(row[key]), row
            assert row[key] > 0, row
        assert math.isclose(row["ratio"], row["value"] / row["baseline"]), row
    assert {row["name"]: row["unit"] for row in rows} == {
        "import.time": "s",
        "import.rate": "records/s",
        "import.peak_rss": "MB",
        "import.encrypted_time": "s",
    }
    # The table is printed too, one line per row.
    for row in rows:
        assert row["name"] in proc.stdout
