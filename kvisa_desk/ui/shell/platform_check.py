"""Before Qt starts: can its display plugin load on this machine?

Qt aborts when a system library of its X11 (xcb) plugin is missing, and its message
("xcb-cursor0 or libxcb-cursor0 is needed…") can name a library that is present. This
reads `ldd` of the plugin instead, names what is missing and the command that installs
it. It runs before PySide6 is imported, so it imports nothing heavy and never Qt.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

EXIT_CANNOT_START = 2
LDD_TIMEOUT_SECONDS = 20

# Runs ldd on a file and returns what it printed; tests pass a simulated one.
LddRunner = Callable[[Path], str]
Which = Callable[[str], str | None]

# Every sentence this module prints, in one place so a translation can replace them.
MESSAGES = {
    "no_display": (
        "KVisa Desk cannot open its window: there is no display to show it on (DISPLAY is "
        "not set); start it from a desktop session, or use the command line (kvisa-desk --help)."
    ),
    "missing": (
        "KVisa Desk cannot open its window: Qt's X11 display plugin needs system libraries "
        "that are not installed:"
    ),
    "install_with": "Install them with:",
    "install_with_one_of": "Install them with the command for your system:",
    "then_again": "then start KVisa Desk again.",
    "unknown": "No package is known here for {library}; find the one that provides it:",
    "unknown_no_manager": (
        "No package is known here for {library}; install the package of your system that "
        "provides it."
    ),
    "skip_not_linux": "not Linux: Qt brings its own display plugin",
    "skip_platform": "QT_QPA_PLATFORM={platform} needs no X11 libraries",
    "skip_wayland": "a Wayland session: Qt uses its Wayland plugin",
    "skip_no_pyside": "PySide6 is not installed",
    "skip_no_plugin": "the xcb plugin is not at {path}",
    "skip_no_ldd": "ldd could not be run: {error}",
    "ready": "every library of the xcb plugin loads",
}

# Package managers in the order they are looked for; the first one found is the system's.
MANAGERS = ("apt-get", "dnf", "zypper", "pacman")
MANAGER_NAMES = {
    "apt-get": "Debian/Ubuntu",
    "dnf": "Fedora",
    "zypper": "openSUSE",
    "pacman": "Arch",
}
INSTALL_COMMANDS = {
    "apt-get": "apt-get install -y",
    "dnf": "dnf install -y",
    "zypper": "zypper install -y",
    "pacman": "pacman -S --needed",
}
# How to find the package of a library this table does not know, per manager.
PROVIDES_COMMANDS = {
    "apt-get": "apt-file search {library}",
    "dnf": "dnf provides '*/{library}'",
    "zypper": "zypper search --provides {library}",
    "pacman": "pacman -F {library}",
}

# soname -> package that provides it, per manager (apt-get, dnf, zypper, pacman).
PACKAGES: dict[str, tuple[str, str, str, str]] = {
    "libxcb-cursor.so.0": (
        "libxcb-cursor0",
        "xcb-util-cursor",
        "libxcb-cursor0",
        "xcb-util-cursor",
    ),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": (
        "libxcb-keysyms1",
        "xcb-util-keysyms",
        "libxcb-keysyms1",
        "xcb-util-keysyms",
    ),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "libxcb-render-util0",
        "xcb-util-renderutil",
    ),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb-shape0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb", "libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb-xkb1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": (
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
    ),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libX11-xcb1", "libx11"),
    "libX11.so.6": ("libx11-6", "libX11", "libX11-6", "libx11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "Mesa-libEGL1", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "Mesa-libGL1", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libglvnd", "libglvnd"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd", "libglvnd", "libglvnd"),
    "libXau.so.6": ("libxau6", "libXau", "libXau6", "libxau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp", "libXdmcp6", "libxdmcp"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "libglib-2_0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "libgthread-2_0-0", "glib2"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "libfreetype6", "freetype2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "libdbus-1-3", "dbus"),
}

# What a desktop needs for the window, listed in the README per system.
WINDOW_LIBRARIES = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-image.so.0",
    "libxcb-render-util.so.0",
    "libxcb-randr.so.0",
    "libxcb-shape.so.0",
    "libxcb-xinerama.so.0",
    "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0",
    "libxkbcommon.so.0",
    "libEGL.so.1",
    "libGL.so.1",
    "libfontconfig.so.1",
    "libdbus-1.so.3",
)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


@dataclass(frozen=True)
class PlatformCheck:
    """The verdict: "ready", "skipped", "no_display" or "missing_libraries"."""

    outcome: str
    reason: str = ""
    missing: tuple[str, ...] = ()
    message: str = ""  # what to tell the officer; empty when the window can start

    @property
    def window_can_start(self) -> bool:
        return self.outcome in ("ready", "skipped")


def missing_libraries(ldd_output: str) -> tuple[str, ...]:
    """The sonames ldd reported as "=> not found", each once, in ldd's order."""
    return tuple(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def package_manager(which: Which = shutil.which) -> str | None:
    """The system's package manager, or None when none of the known ones is installed."""
    return next((manager for manager in MANAGERS if which(manager)), None)


def packages_for(manager: str, libraries: Iterable[str]) -> list[str]:
    """Packages that provide the known libraries, each once; unknown sonames are left out."""
    column = MANAGERS.index(manager)
    names = (PACKAGES[soname][column] for soname in libraries if soname in PACKAGES)
    return list(dict.fromkeys(names))


def install_command(manager: str, libraries: Iterable[str], *, as_root: bool = False) -> str:
    """The exact command that installs the packages of `libraries` with `manager`."""
    sudo = "" if as_root else "sudo "
    return f"{sudo}{INSTALL_COMMANDS[manager]} {' '.join(packages_for(manager, libraries))}"


def xcb_plugin_path() -> Path | None:
    """Where PySide6's xcb plugin should be, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def run_ldd(path: Path) -> str:
    """ldd's report on `path`; it lists the whole tree, so the Qt libraries' needs come too."""
    done = subprocess.run(
        ["ldd", str(path)],
        capture_output=True,
        text=True,
        timeout=LDD_TIMEOUT_SECONDS,
        env={**os.environ, "LC_ALL": "C"},
    )
    if done.returncode != 0:
        raise OSError(done.stderr.strip() or done.stdout.strip() or f"exit {done.returncode}")
    return done.stdout


def _platform_needing_x(environ: Mapping[str, str]) -> tuple[bool, str]:
    """(whether Qt will use xcb here, why not) from the environment Qt reads."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";")[0].split(":")[0].strip()
        if first != "xcb":
            return False, MESSAGES["skip_platform"].format(platform=chosen)
        return True, ""
    if not environ.get("WAYLAND_DISPLAY"):
        return True, ""
    if not environ.get("DISPLAY"):
        return False, MESSAGES["skip_wayland"]
    # With X11 too, Qt picks Wayland in a Wayland session, except on GNOME where it picks X11.
    desktops = f"{environ.get('XDG_CURRENT_DESKTOP', '')} {environ.get('XDG_SESSION_DESKTOP', '')}"
    if environ.get("XDG_SESSION_TYPE") == "wayland" and "gnome" not in desktops.lower():
        return False, MESSAGES["skip_wayland"]
    return True, ""


def missing_message(missing: tuple[str, ...], manager: str | None, *, as_root: bool = False) -> str:
    """The missing libraries, the install command(s) and a hint for unknown ones."""
    lines = [MESSAGES["missing"], "  " + ", ".join(missing)]
    known = [soname for soname in missing if soname in PACKAGES]
    unknown = [soname for soname in missing if soname not in PACKAGES]
    if known and manager:
        lines += [MESSAGES["install_with"], "  " + install_command(manager, known, as_root=as_root)]
    elif known:
        lines.append(MESSAGES["install_with_one_of"])
        lines += [
            f"  {MANAGER_NAMES[each]}: {install_command(each, known, as_root=as_root)}"
            for each in MANAGERS
        ]
    for soname in unknown:
        if manager:
            lines.append(MESSAGES["unknown"].format(library=soname))
            lines.append("  " + PROVIDES_COMMANDS[manager].format(library=soname))
        else:
            lines.append(MESSAGES["unknown_no_manager"].format(library=soname))
    lines.append(MESSAGES["then_again"])
    return "\n".join(lines)


def check_platform(
    environ: Mapping[str, str] | None = None,
    system: str | None = None,
    *,
    plugin: Path | None = None,
    ldd: LddRunner = run_ldd,
    which: Which = shutil.which,
    as_root: bool | None = None,
) -> PlatformCheck:
    """Whether Qt's display plugin can load; every input can be replaced by a test."""
    environ = os.environ if environ is None else environ
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return PlatformCheck("skipped", MESSAGES["skip_not_linux"])
    needs_x, why_not = _platform_needing_x(environ)
    if not needs_x:
        return PlatformCheck("skipped", why_not)
    if not environ.get("DISPLAY"):
        return PlatformCheck("no_display", message=MESSAGES["no_display"])
    plugin = plugin or xcb_plugin_path()
    if plugin is None:
        return PlatformCheck("skipped", MESSAGES["skip_no_pyside"])
    if not plugin.is_file():
        return PlatformCheck("skipped", MESSAGES["skip_no_plugin"].format(path=plugin))
    try:
        report = ldd(plugin)
    except (OSError, subprocess.SubprocessError) as exc:
        # No ldd (a musl system, a stripped image): let Qt try rather than refuse to start.
        return PlatformCheck("skipped", MESSAGES["skip_no_ldd"].format(error=exc))
    missing = missing_libraries(report)
    if not missing:
        return PlatformCheck("ready", MESSAGES["ready"])
    root = as_root if as_root is not None else hasattr(os, "geteuid") and os.geteuid() == 0
    message = missing_message(missing, package_manager(which), as_root=root)
    return PlatformCheck("missing_libraries", missing=missing, message=message)


def window_can_start() -> bool:
    """Run the check; when the window cannot start, say why on stderr (no traceback)."""
    check = check_platform()
    if not check.window_can_start:
        print(check.message, file=sys.stderr, flush=True)
    return check.window_can_start
