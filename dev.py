#!/usr/bin/env python3
"""Set-up and run in one step, on Linux, macOS and Windows alike (no make needed).

    python3 dev.py run [KVISA-DESK ARGS]   install what is needed, then start KVisa Desk
    python3 dev.py test [PYTEST ARGS]      install what is needed, then run the test suite

Both create `.venv` beside this file on first use and reinstall only when
pyproject.toml or constraints.txt change. Versions come from constraints.txt, so a
fresh machine gets what CI tested.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kvisa-installed"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    exe = "python.exe" if os.name == "nt" else "python"
    return VENV / scripts / exe


def wanted_stamp() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_environment() -> Path:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"KVisa Desk needs Python {'.'.join(map(str, MIN_PYTHON))} or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = wanted_stamp()
    if not STAMP.exists() or STAMP.read_text() != stamp:
        print("Installing KVisa Desk and its dependencies into .venv …", flush=True)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run(
            [*pip, "-c", str(ROOT / "constraints.txt"), "-e", f"{ROOT}[test]"], check=True
        )
        STAMP.write_text(stamp)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment()
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(python), "-m", "kvisa_desk", *rest], env=env)
    # Tests never need a display; Qt draws offscreen.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
