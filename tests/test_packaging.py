"""The wheel carries everything an installed copy needs: resources, migrations, fonts."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import kvisa_desk
from tests.samples import OKAFOR, write_json

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        timeout=600,
    )
    (built,) = out.glob("kvisa_desk-*.whl")
    return built


def test_wheel_contains_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "kvisa_desk/db/env.py",
        "kvisa_desk/db/versions/0001_initial_schema.py",
        "kvisa_desk/resources/fonts/wqy-microhei.ttc",
        "kvisa_desk/resources/fonts/wqy-microhei.LICENSE.txt",
        "kvisa_desk/resources/fonts/HanazonoMinchoExtA.ttf",
        "kvisa_desk/resources/fonts/HanazonoMinchoExtB.ttf",
        "kvisa_desk/resources/fonts/Hanazono.LICENSE.txt",
        "kvisa_desk/resources/registry/world_universities_and_domains.json",
        "kvisa_desk/resources/registry/LICENSE.txt",
        "kvisa_desk/resources/demo/countries.json",
    ):
        assert needed in names


def test_installed_wheel_runs_version_and_import(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Install only our wheel (with its console script); borrow the dependencies from here.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    deps = [p for p in site.getsitepackages() if Path(p).exists()]
    (Path(target) / "borrowed_deps.pth").write_text("\n".join(deps) + "\n")
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    work = tmp_path / "elsewhere"  # not the checkout, so nothing resolves to the source tree
    work.mkdir()

    def kvisa(
        *args: str, env: dict[str, str] | None = None, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(env_dir / "bin" / "kvisa-desk"), *args],
            capture_output=True,
            text=True,
            cwd=work,
            env={**clean_env, **(env or {})},
            input=stdin,
            timeout=300,
        )

    version = kvisa("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"kvisa-desk {kvisa_desk.__version__}"
    where = subprocess.run(
        [str(python), "-c", "import kvisa_desk; print(kvisa_desk.__file__)"],
        capture_output=True,
        text=True,
        cwd=work,
        env=clean_env,
        check=True,
    )
    assert where.stdout.startswith(str(env_dir))
    source = write_json(work / "apps.json", [OKAFOR])
    db = work / "installed.sqlite3"
    # Accounts first: the first administrator, who adds an officer, who sets a password.
    first = kvisa(
        "--db",
        str(db),
        "user",
        "add",
        "root",
        "--role",
        "admin",
        "--password-stdin",
        stdin="administrator password",
    )
    assert first.returncode == 0, first.stderr
    added = kvisa(
        "--db",
        str(db),
        "user",
        "add",
        "ola",
        "--password-stdin",
        env={"KVISA_USER": "root", "KVISA_PASSWORD": "administrator password"},
        stdin="temporary password",
    )
    assert added.returncode == 0, added.stderr
    officer = {"KVISA_USER": "ola", "KVISA_PASSWORD": "officer password 1"}
    changed = kvisa(
        "--db",
        str(db),
        "user",
        "passwd",
        "--password-stdin",
        env={**officer, "KVISA_PASSWORD": "temporary password"},
        stdin="officer password 1",
    )
    assert changed.returncode == 0, changed.stderr
    imported = kvisa("--db", str(db), "import", str(source), env=officer)
    assert imported.returncode == 0, imported.stderr
    listed = kvisa("--db", str(db), "cases", "--json", env=officer)
    rows = json.loads(listed.stdout)
    assert [r["application_id"] for r in rows] == [OKAFOR["application_id"]]
