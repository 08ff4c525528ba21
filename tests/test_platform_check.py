"""The check before Qt starts: missing display libraries are named with the command that
installs them, a machine without a display is told so in one line, and platforms that need
no X11 are let through. Fed simulated `ldd` outputs; the real one is checked against the
dynamic loader itself."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kvisa_desk.ui.shell import platform_check
from kvisa_desk.ui.shell.platform_check import (
    MANAGERS,
    PACKAGES,
    WINDOW_LIBRARIES,
    LddRunner,
    PlatformCheck,
    Which,
    check_platform,
    install_command,
    missing_libraries,
    xcb_plugin_path,
)

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = Path(__file__)  # stands in for libqxcb.so: a file that exists; ldd is simulated
X11 = {"DISPLAY": ":0"}
QT_LIB = "/venv/PySide6/Qt/plugins/platforms/../../lib"

ALL_FOUND = f"""\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => {QT_LIB}/libQt6XcbQpa.so.6 (0x00007f07)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f07)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f07)
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f07)
\tlibxcb-keysyms.so.1 => /lib/x86_64-linux-gnu/libxcb-keysyms.so.1 (0x00007f07)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f07)
"""
# As on the fresh Debian machine of issue 13: ldd lists a missing library once per user.
TWO_MISSING = f"""\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => {QT_LIB}/libQt6XcbQpa.so.6 (0x00007f07)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f07)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f07)
"""
WITH_UNKNOWN = TWO_MISSING.replace("libxcb-keysyms.so.1 => not", "libfrobnicate.so.7 => not")


def fake_ldd(output: str) -> LddRunner:
    def run(path: Path) -> str:
        assert path == PLUGIN
        return output

    return run


def no_ldd(path: Path) -> str:
    raise AssertionError(f"ldd must not run here (asked for {path})")


def only(manager: str | None) -> Which:
    return lambda name: f"/usr/bin/{name}" if name == manager else None


def check(output: str, manager: str | None = "apt-get", as_root: bool = True) -> PlatformCheck:
    return check_platform(
        X11, "linux", plugin=PLUGIN, ldd=fake_ldd(output), which=only(manager), as_root=as_root
    )


def test_all_libraries_found_lets_the_window_start() -> None:
    result = check(ALL_FOUND)
    assert result.outcome == "ready" and result.window_can_start
    assert result.missing == () and result.message == ""


def test_two_missing_libraries_are_named_with_the_apt_command() -> None:
    result = check(TWO_MISSING, as_root=False)
    assert not result.window_can_start
    assert result.missing == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    lines = result.message.splitlines()
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in lines[1]
    assert "  sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in lines
    assert "xcb-cursor0" not in result.message  # Qt's misleading name is not repeated


def test_root_gets_the_command_without_sudo() -> None:
    result = check(TWO_MISSING, as_root=True)
    assert "  apt-get install -y libxcb-icccm4 libxcb-keysyms1" in result.message.splitlines()
    assert "sudo" not in result.message


@pytest.mark.parametrize(
    ("manager", "command"),
    [
        ("apt-get", "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"),
        ("dnf", "sudo dnf install -y xcb-util-wm xcb-util-keysyms"),
        ("zypper", "sudo zypper install -y libxcb-icccm4 libxcb-keysyms1"),
        ("pacman", "sudo pacman -S --needed xcb-util-wm xcb-util-keysyms"),
    ],
)
def test_each_package_manager_gets_its_own_command(manager: str, command: str) -> None:
    result = check(TWO_MISSING, manager, as_root=False)
    assert "  " + command in result.message.splitlines()
    others = [m for m in MANAGERS if m != manager]
    assert not any(f" {other} " in result.message for other in others)


def test_libraries_of_one_package_name_it_once() -> None:
    missing = ["libxcb-randr.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1"]
    assert install_command("dnf", missing, as_root=True) == "dnf install -y libxcb"
    assert install_command("apt-get", missing, as_root=True) == (
        "apt-get install -y libxcb-randr0 libxcb-shape0 libxcb-xkb1"
    )


def test_without_a_known_package_manager_every_command_is_given() -> None:
    result = check(TWO_MISSING, None, as_root=False)
    for manager in MANAGERS:
        assert install_command(manager, result.missing) in result.message


def test_an_unknown_library_is_still_named_with_a_way_to_find_its_package() -> None:
    result = check(WITH_UNKNOWN, "dnf", as_root=False)
    assert result.missing == ("libxcb-icccm.so.4", "libfrobnicate.so.7")
    assert "libxcb-icccm.so.4, libfrobnicate.so.7" in result.message
    lines = result.message.splitlines()
    assert "  sudo dnf install -y xcb-util-wm" in lines  # the known one is still installable
    assert "  dnf provides '*/libfrobnicate.so.7'" in lines
    assert lines[-1] == "then start KVisa Desk again."


def test_an_unknown_library_without_a_package_manager_gets_a_plain_hint() -> None:
    output = "\tlibfrobnicate.so.7 => not found\n"
    result = check(output, None)
    assert result.missing == ("libfrobnicate.so.7",)
    assert "No package is known here for libfrobnicate.so.7" in result.message
    assert "install -y" not in result.message  # no command with an empty package list


def test_ldd_lines_are_parsed_whatever_their_spacing() -> None:
    output = "libxcb-icccm.so.4 =>  not found\n\tlibz.so.1 => /lib/libz.so.1 (0x1)\n"
    assert missing_libraries(output) == ("libxcb-icccm.so.4",)
    assert missing_libraries(ALL_FOUND) == ()


def test_no_display_at_all_is_said_in_one_line() -> None:
    result = check_platform({}, "linux", plugin=PLUGIN, ldd=no_ldd)
    assert result.outcome == "no_display" and not result.window_can_start
    assert "\n" not in result.message and "no display" in result.message


def test_xcb_asked_for_without_an_x_display_is_no_display() -> None:
    environ = {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}
    assert check_platform(environ, "linux", plugin=PLUGIN, ldd=no_ldd).outcome == "no_display"


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc", "wayland", "eglfs"])
def test_a_platform_that_needs_no_x11_skips_the_check(platform: str) -> None:
    result = check_platform({"QT_QPA_PLATFORM": platform}, "linux", plugin=PLUGIN, ldd=no_ldd)
    assert result.outcome == "skipped" and result.window_can_start
    assert platform in result.reason


def test_a_wayland_session_skips_the_x11_check() -> None:
    wayland_only = {"WAYLAND_DISPLAY": "wayland-0"}
    kde = {**wayland_only, **X11, "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    for environ in (wayland_only, kde):
        assert check_platform(environ, "linux", plugin=PLUGIN, ldd=no_ldd).outcome == "skipped"


def test_gnome_on_wayland_uses_x11_so_it_is_checked() -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-0", **X11, "XDG_SESSION_TYPE": "wayland"}
    environ["XDG_CURRENT_DESKTOP"] = "ubuntu:GNOME"
    result = check_platform(environ, "linux", plugin=PLUGIN, ldd=fake_ldd(TWO_MISSING))
    assert result.outcome == "missing_libraries"


@pytest.mark.parametrize("system", ["darwin", "win32"])
def test_macos_and_windows_are_not_checked(system: str) -> None:
    assert check_platform({}, system, plugin=PLUGIN, ldd=no_ldd).outcome == "skipped"


def test_without_ldd_the_window_is_let_try(tmp_path: Path) -> None:
    def broken(path: Path) -> str:
        raise FileNotFoundError("ldd")

    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    result = check_platform(X11, "linux", plugin=plugin, ldd=broken)
    assert result.outcome == "skipped" and "ldd" in result.reason


def test_a_missing_plugin_file_skips_with_its_path(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    result = check_platform(X11, "linux", plugin=plugin, ldd=no_ldd)
    assert result.outcome == "skipped" and str(plugin) in result.reason


def _real_plugin() -> Path:
    plugin = xcb_plugin_path()
    if not sys.platform.startswith("linux") or plugin is None or not plugin.is_file():
        pytest.skip(f"PySide6's xcb plugin is not in this environment ({plugin})")
    if shutil.which("ldd") is None:
        pytest.skip("ldd is not installed here")
    return plugin


def test_the_real_check_agrees_with_the_dynamic_loader() -> None:
    """Whatever this machine has: the check says ready exactly when the plugin loads."""
    plugin = _real_plugin()
    result = check_platform(X11, "linux")
    assert result.outcome in ("ready", "missing_libraries"), result
    loads = subprocess.run(
        [sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])", str(plugin)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.outcome == "ready":
        assert loads.returncode == 0, loads.stderr
    else:
        assert loads.returncode != 0
        assert any(name in loads.stderr for name in result.missing), (result, loads.stderr)


def test_the_table_knows_the_x11_libraries_of_the_real_plugin() -> None:
    report = platform_check.run_ldd(_real_plugin())
    system_ones = re.findall(
        r"^\s*(lib(?:xcb|X|xkb|EGL|GL|fontconfig|freetype|dbus|glib|gthread)\S*)", report, re.M
    )
    assert system_ones, report
    assert sorted(set(system_ones) - set(PACKAGES)) == []


def test_the_window_start_exits_2_with_the_message_before_qt_loads() -> None:
    """`kvisa-desk` with no subcommand on a machine without a display: one line, no trace."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.pop("DISPLAY", None)
    script = (
        "import sys\n"
        "from kvisa_desk.cli.main import main\n"
        "code = main([])\n"
        "print(code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.stdout.split() == ["2", "False"], done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == platform_check.MESSAGES["no_display"]


def test_the_readme_lists_the_packages_for_each_system() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for manager in MANAGERS:
        assert install_command(manager, WINDOW_LIBRARIES) in readme, manager
