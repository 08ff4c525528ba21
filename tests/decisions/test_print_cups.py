"""Printing an issued letter through a real CUPS queue (cups-pdf), and the output arriving.

The test starts its own CUPS scheduler (a private configuration and socket in a temporary
folder, so the machine's CUPS and its queues are untouched) with one cups-pdf queue, prints the
stored letter with `core.letters.print_to_queue`, and waits for cups-pdf's PDF. It needs
`cupsd`, `lp`, `lpadmin` and the cups-pdf backend (Debian: cups, printer-driver-cups-pdf)
and root (cups-pdf runs only as root); otherwise it is skipped, saying what is missing.
"""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from decisions_support import events_of, refused_case
from pypdf import PdfReader

from kvisa_desk.core.decisions.letters import issue_letter, print_to_queue
from kvisa_desk.core.errors import Conflict
from kvisa_desk.store.engine import Database

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
QUEUE = "KVisaLetters"


def _missing() -> str | None:
    for tool in ("cupsd", "lp", "lpadmin", "lpstat"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            return f"{tool} is not on PATH (CUPS: apt-get install cups)"
    if not BACKEND.exists():
        return "the cups-pdf backend is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "cups-pdf prints only when CUPS runs as root; this test is not running as root"
    return None


def _output_dir() -> Path:
    """Where cups-pdf writes a job of the current user (its `Out` setting)."""
    out = "/var/spool/cups-pdf/${USER}"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            found = re.match(r"\s*Out\s+(\S+)", line)
            if found:
                out = found.group(1)
    user = pwd.getpwuid(os.geteuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


@pytest.fixture
def cups_server() -> Iterator[str]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    # Not under pytest's temporary folder: CUPS runs its filters as the unprivileged `lp`
    # user, which must read the queue's PPD, and pytest's folders are private to root.
    root = Path(tempfile.mkdtemp(prefix="kvisa-cups-"))
    root.chmod(0o755)
    try:
        yield from _scheduler(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _scheduler(root: Path) -> Iterator[str]:
    for sub in ("spool/tmp", "cache", "state", "log"):
        (root / sub).mkdir(parents=True)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"LogLevel warn\nListen {socket}\nWebInterface No\nBrowsing Off\n"
        "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
        encoding="utf-8",
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
        f"CacheDir {root}/cache\nStateDir {root}/state\nAccessLog {root}/log/access_log\n"
        f"ErrorLog {root}/log/error_log\nPageLog {root}/log/page_log\nSystemGroup root\n",
        encoding="utf-8",
    )
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    daemon = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    env = {**os.environ, "CUPS_SERVER": str(socket)}
    try:
        deadline = time.monotonic() + 20
        while (
            subprocess.run(["lpstat", "-r"], env=env, capture_output=True, text=True).stdout.strip()
            != "scheduler is running"
        ):
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.skip(
                    f"a private CUPS scheduler did not start: {daemon.stderr.read()!r}"
                    if daemon.stderr
                    else "a private CUPS scheduler did not start"
                )
            time.sleep(0.2)
        model = ["-P", str(PPD)] if PPD.exists() else ["-m", "raw"]
        subprocess.run(
            ["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", *model],
            env=env,
            check=True,
            capture_output=True,
        )
        yield str(socket)
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=20)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()


def test_a_letter_prints_through_a_cups_queue(
    db: Database, tmp_path: Path, cups_server: str
) -> None:
    case_id, _ = refused_case(db, tmp_path, "KV-PRINT-1")
    issued = issue_letter(db, "officer.a", case_id, language="en+zh")
    out_dir = _output_dir()
    existed = out_dir.exists()
    before = set(out_dir.glob("*.pdf")) if existed else set()
    job = print_to_queue(db, "officer.b", issued.reference, QUEUE, server=cups_server)
    assert job.startswith(f"{QUEUE}-")
    try:
        deadline = time.monotonic() + 90
        printed: list[Path] = []
        while time.monotonic() < deadline:
            printed = sorted(set(out_dir.glob("*.pdf")) - before)
            if printed and printed[0].stat().st_size > 0:
                time.sleep(0.5)  # cups-pdf renames the finished file into place
                break
            time.sleep(0.5)
        assert printed, f"no output from cups-pdf in {out_dir} after 90 s"
        text = " ".join(
            PdfReader(io.BytesIO(printed[0].read_bytes())).pages[0].extract_text().split()
        )
        assert issued.reference in text and "Okafor" in text, (printed[0].name, text[:300])
    finally:
        for path in set(out_dir.glob("*.pdf")) - before if out_dir.exists() else ():
            path.unlink()
        if not existed and out_dir.exists() and not any(out_dir.iterdir()):
            out_dir.rmdir()
    (event,) = [e for e in events_of(db, case_id) if e.kind == "letter_output"]
    assert (event.officer, event.details["printer"], event.details["job"]) == (
        "officer.b",
        QUEUE,
        job,
    )
    with pytest.raises(Conflict, match="failed"):
        print_to_queue(db, "officer.b", issued.reference, "NoSuchQueue", server=cups_server)
