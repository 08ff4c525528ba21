"""Where the rules' shipped files are: resources/rules (the packs and the ISCED keyword table).

Below pack.py and isced.py, so the checks the pack validates against can read the keyword
table without importing the pack loader back.
"""

from __future__ import annotations

from pathlib import Path

from kvisa_desk.shipped import resources_dir


def rules_folder() -> Path:
    """resources/rules inside an installed wheel, else beside the package in a checkout."""
    return resources_dir() / "rules"
