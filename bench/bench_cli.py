"""The command line's start-up: `kvisa-desk --version`, `--help` and `cases --json`.

Each command is a fresh process, timed from just before the spawn to its exit, as a user
waits for it. Baselines, the same way in the same run:

* `--version` and `--help` against `python -c "import argparse"` (target: within 3x);
* `cases --json` on a small database (200 demo cases; 50 with --quick) against
  bench/cli_floor.py, which imports SQLAlchemy, verifies the officer's Argon2id hash with
  the desk's parameters and prints the same rows read with plain sqlite3, byte for byte
  what `cases --json` prints (checked) (target: within 2x);
* beside them `python -c pass` and `python -c "import sqlalchemy"`.

`kvisa-desk` is the installed console script next to the interpreter (else `python -m
kvisa_desk`). One warm-up round is discarded (it also compiles every side's bytecode into
the run's scratch folder, as an installed desk has it); then every command runs once per
round, the order turning each round, and medians are reported.
"""

from __future__ import annotations

import sys
import time

from bench.api import Metric, benchmark

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from bench.harness import Context

OFFICER = "bench.officer"
PASSWORD = "bench password, long enough"
TARGETS = {"version": 3.0, "help": 3.0, "cases": 2.0}  # issue 13: ratio to its baseline


@benchmark("cli", "kvisa-desk --version, --help and cases --json vs bare interpreters")
def cli_benchmark(ctx: Context) -> list[Metric]:
    import statistics

    cases = ctx.size(200, 50)
    db = _small_database(ctx, cases)
    kvisa = _kvisa_desk()
    python = sys.executable
    from bench.harness import BENCH_DIR

    commands: dict[str, list[str]] = {
        "pass": [python, "-c", "pass"],
        "argparse": [python, "-c", "import argparse"],
        "sqlalchemy": [python, "-c", "import sqlalchemy"],
        "version": [*kvisa, "--version"],
        "help": [*kvisa, "--help"],
        "cases": [*kvisa, "--db", str(db), "cases", "--json"],
        "floor": [python, str(BENCH_DIR / "cli_floor.py"), str(db), OFFICER],
    }
    env = {**ctx.worker_env(), "KVISA_PASSWORD": PASSWORD, "KVISA_USER": OFFICER}
    # Bytecode as an installed desk has it, for every side: the warm-up round compiles into
    # this run's own cache (not the checkout), even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ctx.scratch("pycache"))
    runs = ctx.repeats(full=15, quick=2)
    times: dict[str, list[float]] = {name: [] for name in commands}
    outputs: dict[str, bytes] = {}
    names = list(commands)
    for run in range(-1, runs):  # run -1 is the discarded warm-up
        ctx.log(f"cli: {'warm-up' if run < 0 else f'round {run + 1} of {runs}'}")
        turn = max(run, 0) % len(names)
        for name in names[turn:] + names[:turn]:
            ms, outputs[name] = _timed(commands[name], env, ctx.work_dir)
            if run >= 0:
                times[name].append(ms)

    _check_outputs(outputs, cases)
    ms = {name: float(statistics.median(values)) for name, values in times.items()}
    ratios = {
        "version": ms["version"] / ms["argparse"],
        "help": ms["help"] / ms["argparse"],
        "cases": ms["cases"] / ms["floor"],
    }
    started_as = "python -m kvisa_desk" if len(kvisa) > 1 else kvisa[0]
    ctx.note(f"kvisa-desk is {started_as}; {cases} cases; median of {runs} round(s) after one "
             "warm-up; ms from spawn to exit")  # fmt: skip
    ctx.note(
        f"python -c pass {ms['pass']:.0f} ms, import argparse {ms['argparse']:.0f} ms, "
        f"import sqlalchemy {ms['sqlalchemy']:.0f} ms, floor script {ms['floor']:.0f} ms"
    )
    for name, label, base in (
        ("version", "--version", "import argparse"),
        ("help", "--help", "import argparse"),
        ("cases", "cases --json", "the floor script"),
    ):
        limit = TARGETS[name]
        verdict = "met" if ratios[name] <= limit else "MISSED"
        ctx.note(f"{label}: {ratios[name]:.2f}x {base} (target within {limit:g}x): {verdict}")
    return [
        Metric("cli.version", ms["version"], "ms", ms["argparse"]),
        Metric("cli.help", ms["help"], "ms", ms["argparse"]),
        Metric("cli.cases_json", ms["cases"], "ms", ms["floor"]),
        Metric("cli.python_argparse", ms["argparse"], "ms", ms["pass"]),
        Metric("cli.python_sqlalchemy", ms["sqlalchemy"], "ms", ms["pass"]),
    ]


def _kvisa_desk() -> list[str]:
    """The console script users run, else the module (a checkout without an install)."""
    from pathlib import Path

    bin_dir = Path(sys.executable).parent
    for name in ("kvisa-desk", "kvisa-desk.exe"):
        if (bin_dir / name).is_file():
            return [str(bin_dir / name)]
    return [sys.executable, "-m", "kvisa_desk"]


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, bytes]:
    import subprocess

    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=False)
    ms = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip()[-2000:]
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}\n{tail}")
    return ms, done.stdout


def _check_outputs(outputs: dict[str, bytes], cases: int) -> None:
    """A fast wrong answer is not a result: the commands did what they are timed for."""
    import json

    from kvisa_desk import __version__

    if outputs["version"].decode().strip() != f"kvisa-desk {__version__}":
        raise RuntimeError(f"--version printed {outputs['version'][:200]!r}")
    if b"SUBCOMMAND" not in outputs["help"] or b"letters-cert" not in outputs["help"]:
        raise RuntimeError(f"--help printed {outputs['help'][:200]!r}")
    if len(json.loads(outputs["cases"])) != cases:
        raise RuntimeError(f"cases --json did not print {cases} cases")
    if outputs["floor"] != outputs["cases"]:
        raise RuntimeError("the floor script did not print what cases --json printed")


def _small_database(ctx: Context, cases: int) -> Path:
    """A fresh database with one officer (no forced password change) and CASES demo cases."""
    from kvisa_desk.core.accounts import accounts
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.demo.cases import load_demo_cases
    from kvisa_desk.store.engine import sqlite_url

    path = ctx.scratch("cli.sqlite3")
    db = open_database(sqlite_url(path)).db
    try:
        with db.write() as session:
            accounts.create_account(
                session, OFFICER, PASSWORD, "officer", "bench", must_change=False
            )
        report = load_demo_cases(db, cases, 7, OFFICER)
        if report.imported != cases:
            raise RuntimeError(f"{report.imported} of {cases} demo cases were imported")
    finally:
        db.dispose()
    return path
