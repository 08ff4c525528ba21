"""Keeping the translation catalogues in step with the code:

    python -m kvisa_desk.ui.shell.translation_catalog --update    # write the .ts files
    python -m kvisa_desk.ui.shell.translation_catalog --compile   # .ts -> .qm (pyside6-lrelease)
    python -m kvisa_desk.ui.shell.translation_catalog --check     # exit 1 if anything is missing

The strings are found by reading the source, as Qt's lupdate does, but with the context Qt
uses at run time: `self.tr(...)` in class C (and in C's subclasses in the same file) is
context C; `QCoreApplication.translate("X", ...)` and `QT_TRANSLATE_NOOP("X", ...)` are
context X; a module's own `tr(...)`/`_tr(...)` helper is the context its body names.
Existing translations are kept; a source text no longer used is dropped. Every module
under the window's folders (`ui/` and its rooms, and the gallery) is read, wherever it
sits, so moving a file keeps its strings and their translations.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from kvisa_desk.ui.widgets.translations import (
    CATALOGUE,
    LANGUAGES,
    NUMERUS_SEPARATOR,
    read_ts,
    translations_dir,
)

PACKAGE_DIR = Path(str(files("kvisa_desk")))
# The folders whose modules show strings to an officer, read with their subfolders.
SOURCE_FOLDERS = ("ui", "gallery")
HELPERS = ("tr", "_tr")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    location: str  # file:line of its first use, the file relative to the package folder
    numerus: bool = False  # called with a count (`%n`): one form per plural of the language


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_file(module: str, package: Path = PACKAGE_DIR) -> Path:
    """kvisa_desk.ui.a.b -> <package>/ui/a/b.py, whichever room the module sits in."""
    return package.joinpath(*module.split(".")[1:]).with_suffix(".py")


def _helper_context(tree: ast.Module, package: Path = PACKAGE_DIR) -> str | None:
    """The context of a module-level `def tr(text): return QCoreApplication.translate(X, text)`,
    or of the helper imported from another module of ours (`from kvisa_desk.ui.x import tr`)."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in HELPERS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _called(inner) == "translate" and inner.args:
                    return _text(inner.args[0])
    for node in tree.body:
        module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
        names = node.names if isinstance(node, ast.ImportFrom) else []
        if module.startswith("kvisa_desk.") and any(a.name in HELPERS for a in names):
            source = _module_file(module, package)
            if source.exists():
                return _helper_context(ast.parse(source.read_text(encoding="utf-8")), package)
    return None


def _called(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _subclasses(*trees: ast.Module) -> dict[str, set[str]]:
    """Class name -> itself and every class in these modules that derives from it (a form
    in one module, its dialogs in another: each dialog is a context of the form's texts)."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                named = {b.id for b in node.bases if isinstance(b, ast.Name)}
                bases.setdefault(node.name, set()).update(named)
    family = {name: {name} for name in bases}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            for parent in parents & family.keys():
                if name not in family[parent]:
                    family[parent].add(name)
                    changed = True
    for parent in list(family):
        for child in list(family[parent]):
            family[parent] |= family.get(child, set())
    return family


def messages_of(
    path: Path, package: Path = PACKAGE_DIR, family: dict[str, set[str]] | None = None
) -> Iterator[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helper = _helper_context(tree, package)
    if family is None:
        family = _subclasses(tree)
    where = path.relative_to(package).as_posix()

    def visit(node: ast.AST, contexts: set[str]) -> Iterator[Message]:
        if isinstance(node, ast.ClassDef):
            contexts = family.get(node.name, {node.name})
        if isinstance(node, ast.Call):
            name, args = _called(node), node.args
            counted = any(k.arg == "n" for k in node.keywords)
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, source = _text(args[0]), _text(args[1])
                if context is not None and source is not None:
                    numerus = counted or (name == "translate" and len(args) >= 4)
                    yield Message(context, source, f"{where}:{node.lineno}", numerus)
            elif name == "tr" and isinstance(node.func, ast.Attribute) and args:
                source = _text(args[0])
                if source is not None:
                    for context in sorted(contexts):
                        numerus = counted or len(args) >= 3
                        yield Message(context, source, f"{where}:{node.lineno}", numerus)
            elif name in HELPERS and isinstance(node.func, ast.Name) and args and helper:
                source = _text(args[0])
                if source is not None:
                    yield Message(helper, source, f"{where}:{node.lineno}")
        for child in ast.iter_child_nodes(node):
            yield from visit(child, contexts)

    yield from visit(tree, set())


def source_files(package: Path = PACKAGE_DIR) -> list[Path]:
    """Every module of the window's folders, in subfolders too (rooms move; strings stay)."""
    found: list[Path] = []
    for name in SOURCE_FOLDERS:
        found += (package / name).rglob("*.py")
    return sorted(found)


def extract(package: Path = PACKAGE_DIR) -> list[Message]:
    seen: dict[tuple[str, str], Message] = {}
    paths = source_files(package)
    family = _subclasses(*(ast.parse(p.read_text(encoding="utf-8")) for p in paths))
    for path in paths:
        for message in messages_of(path, package, family):
            seen.setdefault((message.context, message.source), message)
    return sorted(seen.values(), key=lambda m: (m.context, m.source))


def ts_path(language: str) -> Path:
    return translations_dir() / f"{CATALOGUE.format(language=language)}.ts"


def write_ts(
    path: Path, language: str, messages: list[Message], known: dict[tuple[str, str], str]
) -> None:
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context, items in sorted(by_context.items()):
        element = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(element, "name").text = context
        for message in items:
            entry = ElementTree.SubElement(element, "message")
            file_name, _, line = message.location.rpartition(":")
            ElementTree.SubElement(
                entry, "location", filename=f"../../kvisa_desk/{file_name}", line=line
            )
            ElementTree.SubElement(entry, "source").text = message.source
            translation = ElementTree.SubElement(entry, "translation")
            if message.numerus:
                _numerus_forms(entry, translation, language, known.get((context, message.source)))
            elif language == "en":
                translation.text = message.source
            elif (context, message.source) in known:
                translation.text = known[(context, message.source)]
            else:
                translation.set("type", "unfinished")
    ElementTree.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _numerus_forms(
    entry: ElementTree.Element, translation: ElementTree.Element, language: str, known: str | None
) -> None:
    """A counted message: its plural forms (English: one, other; Chinese: one form), kept from
    the catalogue; English forms are written by hand, as a translation is."""
    entry.set("numerus", "yes")
    forms = known.split(NUMERUS_SEPARATOR) if known else [""]
    if not known:
        translation.set("type", "unfinished")
    for form in forms:
        ElementTree.SubElement(translation, "numerusform").text = form


def update(extra: dict[tuple[str, str], str] | None = None) -> dict[str, int]:
    """Rewrite every catalogue from the code; returns untranslated counts per language."""
    messages = extract()
    missing: dict[str, int] = {}
    for language in LANGUAGES:
        path = ts_path(language)
        known = read_ts(path) if path.exists() else {}
        known.update(extra or {})
        write_ts(path, language, messages, known)
        missing[language] = sum(
            1
            for m in messages
            if (m.context, m.source) not in known and (language != "en" or m.numerus)
        )
    return missing


def compile_all() -> list[Path]:
    tool = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    made = []
    for language in LANGUAGES:
        if language == "en":
            continue  # the source language: its catalogue is the strings themselves
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def untranslated(language: str) -> list[Message]:
    known = read_ts(ts_path(language))
    return [m for m in extract() if (m.context, m.source) not in known]


def would_be_dropped(language: str) -> list[tuple[str, str]]:
    """Finished translations of the catalogue that the code no longer yields: `--update`
    would drop them (a string gone, renamed, or its module no longer found)."""
    found = {(m.context, m.source) for m in extract()}
    return sorted(key for key in read_ts(ts_path(language)) if key not in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kvisa_desk.ui.shell.translation_catalog")
    parser.add_argument("--update", action="store_true", help="rewrite the .ts files")
    parser.add_argument("--compile", action="store_true", help="compile .ts to .qm")
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args(argv)
    if args.update:
        for language, count in update().items():
            print(f"{ts_path(language).name}: {count} untranslated")
    if args.compile:
        for path in compile_all():
            print(f"wrote {path}")
    if args.check:
        missing = untranslated("zh_CN") + [m for m in untranslated("en") if m.numerus]
        for message in missing:
            print(f"{message.location}: [{message.context}] {message.source!r}")
        dropped = would_be_dropped("zh_CN")
        for context, source in dropped:
            print(f"translated but no longer found in the code: [{context}] {source!r}")
        return 1 if missing or dropped else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
