"""The benchmark runner: discovery, worker subprocesses, the cache, the table and the JSON.

Every figure is reported against a baseline measured in the same run, on the same
machine, as a ratio; absolute numbers from different machines or runs are not compared.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.api import BENCHMARKS, HIGHER, Metric, Skip

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
# KVISA_BENCH_CACHE moves the cache (the harness's own test uses a temporary folder).
CACHE_DIR = Path(os.environ.get("KVISA_BENCH_CACHE") or BENCH_DIR / ".cache")
MODULE_PREFIX = "bench_"


class BenchError(RuntimeError):
    """A benchmark or one of its workers failed."""


def discover() -> dict[str, tuple[Callable[..., list[Metric]], str, str]]:
    """Import every bench/bench_*.py (in name order) so their @benchmark calls register."""
    for info in sorted(pkgutil.iter_modules([str(BENCH_DIR)]), key=lambda m: m.name):
        if info.name.startswith(MODULE_PREFIX):
            importlib.import_module(f"bench.{info.name}")
    return dict(BENCHMARKS)


class Context:
    """What a benchmark gets: sizes, workers, the input cache, scratch space and notes."""

    def __init__(
        self,
        *,
        quick: bool,
        repeat: int | None,
        work_dir: Path,
        cache_dir: Path = CACHE_DIR,
        verbose: bool = False,
    ) -> None:
        self.quick, self.repeat, self.verbose = quick, repeat, verbose
        self.work_dir, self.cache_dir = work_dir, cache_dir
        self.notes: list[str] = []

    # -- sizes --------------------------------------------------------------------------

    def size(self, full: int, quick: int) -> int:
        """The input size for this run: `quick` under --quick."""
        return quick if self.quick else full

    def repeats(self, full: int, quick: int = 1) -> int:
        """How many measured runs of each side: --repeat wins, then --quick."""
        if self.repeat is not None:
            return self.repeat
        return quick if self.quick else full

    # -- output -------------------------------------------------------------------------

    def log(self, message: str) -> None:
        """Progress, on stderr (the table goes to stdout)."""
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    def note(self, message: str) -> None:
        """A line printed under the table: what was measured, counts, breakdowns."""
        self.notes.append(message)

    # -- files --------------------------------------------------------------------------

    def scratch(self, name: str) -> Path:
        """A path in this run's scratch folder (removed at the end of the run).

        The folder is inside bench/.cache, on the disk the cache lives on, not in a
        tmpfs /tmp: databases are timed on a real disk and can be moved into the cache.
        """
        return self.work_dir / name

    def cached(self, name: str, build: Callable[[Path], None]) -> Path:
        """bench/.cache/NAME, built by `build(path)` unless it exists.

        Put everything the content depends on (size, seed, generator version, schema
        revision) in NAME: an entry is never checked, only found or not.
        """
        target = self.cache_dir / name
        if target.exists():
            return target
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = self.cache_dir / f"{name}.{os.getpid()}.partial"
        try:
            build(partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    def adopt(self, name: str, path: Path) -> bool:
        """Move PATH into the cache as NAME unless that entry exists; True if moved."""
        target = self.cache_dir / name
        if target.exists():
            return False
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        return True

    # -- workers ------------------------------------------------------------------------

    def worker_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"  # never a real display: comparable everywhere
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        # Never touch the officer's data folder or a configured database.
        env["KVISA_DATA_DIR"] = str(self.work_dir / "data")
        env["KVISA_USER"] = "bench.officer"
        env.pop("KVISA_DB_URL", None)
        return env

    def worker(self, task: str, timeout: float | None = None, **params: Any) -> dict[str, Any]:
        """Run `python -m bench._worker TASK` in a fresh process and return its result.

        Adds `python_startup_ms`: from just before the spawn to the worker's first line.
        Raises Skip when the task skipped, BenchError when it failed.
        """
        out = self.work_dir / f"result-{time.monotonic_ns()}.json"
        command = [sys.executable, "-m", "bench._worker", task, json.dumps(params), str(out)]
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                command,
                cwd=REPO_ROOT,
                env=self.worker_env(),
                stdout=None if self.verbose else subprocess.PIPE,
                stderr=None if self.verbose else subprocess.PIPE,
                text=True,
                errors="replace",
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"worker {task} did not finish within {timeout:.0f} s") from None
        if proc.returncode != 0 or not out.exists():
            tail = "\n".join((proc.stderr or "").strip().splitlines()[-25:])
            raise BenchError(f"worker {task} failed (exit status {proc.returncode})\n{tail}")
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        if "skipped" in result:
            raise Skip(result["skipped"])
        result["python_startup_ms"] = (result["python_started_at"] - started) * 1000
        return result


# -- running and reporting ----------------------------------------------------------------


def run_benchmarks(
    names: Sequence[str], ctx: Context
) -> tuple[list[Metric], list[tuple[str, list[str]]]]:
    """Run the named benchmarks in registry order; failures and skips become rows."""
    registry = discover()
    metrics: list[Metric] = []
    notes: list[tuple[str, list[str]]] = []
    for name, (func, description, _module) in registry.items():
        if names and name not in names:
            continue
        ctx.log(f"{name}: {description}")
        ctx.notes = []
        started = time.perf_counter()
        try:
            rows = func(ctx)
        except Skip as exc:
            rows = [Metric(name, None, "", None, skipped=str(exc))]
            ctx.log(f"{name}: skipped: {exc}")
        except Exception as exc:  # one failing benchmark does not stop the others
            detail = str(exc) if isinstance(exc, BenchError) else traceback.format_exc()
            rows = [Metric(name, None, "", None, error=detail.strip())]
            ctx.log(f"{name}: FAILED: {detail.strip()}")
        else:
            ctx.log(f"{name}: done in {time.perf_counter() - started:.1f} s")
        metrics.extend(rows)
        if ctx.notes:
            notes.append((name, ctx.notes))
    return metrics, notes


def _number(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    magnitude = abs(value)
    if magnitude >= 1_000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def format_table(metrics: Sequence[Metric]) -> str:
    header = ("name", "value", "unit", "baseline", "ratio", "")
    rows: list[tuple[str, ...]] = []
    for m in metrics:
        if m.skipped is not None or m.error is not None:
            first_line = (m.skipped or m.error or "").splitlines()[0]
            status = f"skipped: {first_line}" if m.skipped is not None else f"FAILED: {first_line}"
            rows.append((m.name, status))
            continue
        ratio = m.ratio
        rows.append(
            (
                m.name,
                _number(m.value),
                m.unit,
                _number(m.baseline),
                "-" if ratio is None else f"{ratio:.2f}x",
                "(higher is better)" if m.better == HIGHER else "",
            )
        )
    full_rows = [r for r in rows if len(r) == len(header)]
    widths = [max(len(r[i]) for r in [header, *full_rows]) for i in range(len(header))]
    widths[0] = max([widths[0], *(len(r[0]) for r in rows)])
    right = {1, 3, 4}

    def line(cells: Sequence[str]) -> str:
        if len(cells) == 2:  # skipped or failed: the reason spans the row
            return f"{cells[0]:<{widths[0]}}  {cells[1]}"
        return "  ".join(
            f"{c:>{w}}" if i in right else f"{c:<{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths[:-1])
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def write_json(path: Path, metrics: Sequence[Metric]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([m.as_json() for m in metrics], indent=2) + "\n", "utf-8")


def build_parser(names: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run KVisa Desk's benchmarks. Each figure is printed beside a baseline "
        "measured in the same run, with ratio = value / baseline (lower is better unless "
        "the row says otherwise).",
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"benchmarks to run (default: all of {names})"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows as JSON")
    parser.add_argument(
        "--quick", action="store_true", help="small inputs and one run each: a smoke test"
    )
    parser.add_argument("--repeat", type=int, metavar="N", help="measured runs of each side")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the workers' own output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    registry = discover()
    args = build_parser(list(registry)).parse_args(argv)
    if args.list:
        for name, (_func, description, module) in registry.items():
            print(f"{name:<12} {description}  [{module}]")
        return 0
    unknown = [n for n in args.names if n not in registry]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(registry)}",
            file=sys.stderr,
        )
        return 2
    if args.repeat is not None and args.repeat < 1:
        print("--repeat must be at least 1", file=sys.stderr)
        return 2
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    work_dir = Path(tempfile.mkdtemp(prefix="run-", dir=CACHE_DIR))
    try:
        ctx = Context(quick=args.quick, repeat=args.repeat, work_dir=work_dir, verbose=args.verbose)
        metrics, notes = run_benchmarks(args.names, ctx)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    print(format_table(metrics))
    for name, lines in notes:
        print(f"\n{name}:")
        for note in lines:
            print(f"  {note}")
    if args.json is not None:
        write_json(args.json, metrics)
    return 1 if any(m.error is not None for m in metrics) else 0
