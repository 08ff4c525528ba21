"""The post-settings pages, declared from the rule pack and core's working settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kvisa_desk import labels
from kvisa_desk.core.post.settings import WORKING_SETTINGS, WorkingSetting
from kvisa_desk.rules.pack import Pack
from kvisa_desk.rules.params import ParameterSpec
from kvisa_desk.ui.admin.settings_options import (
    BoolOption,
    ChoiceOption,
    FixedOption,
    IntOption,
    ListOption,
    Option,
    SettingsPage,
    TextOption,
)
from kvisa_desk.ui.widgets.labels import language

UNBOUNDED = 1_000_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPages", text)


# The catalogue table a choice setting's values read through.
_CHOICE_WORDS = {
    "age_outside_band": "outcome",
    "min_institution_tier": "tier",
    "refusal_grounds_policy": "refusal_grounds_policy",
    "letter_language": "language",
}


def _words(name: str, description: str, choices: tuple[str, ...] = ()) -> dict[str, Any]:
    """A setting's name, description and choices in the window's language, from the
    catalogue; a setting the catalogue lacks keeps its stored name and English words."""
    lang = language()
    found: dict[str, Any] = {
        "name": name,
        "caption": labels.label("setting", name, lang) if labels.has_label("setting", name) else "",
        "description": labels.label("setting_help", name, lang)
        if labels.has_label("setting_help", name)
        else description,
    }
    table = _CHOICE_WORDS.get(name)
    if choices and table:
        found["words"] = {c: labels.label(table, c, lang) for c in choices}
    return found


def rule_option(spec: ParameterSpec) -> Option:
    """The editor for one pack parameter, chosen by its declared kind and limits."""
    common: dict[str, Any] = {
        **_words(spec.name, spec.description),
        "default": spec.default,
        "assumption": spec.assumption,
    }
    if not spec.overridable or spec.kind == "date":
        return FixedOption(**common)
    if spec.kind == "int":
        low = spec.minimum if spec.minimum is not None else -UNBOUNDED
        high = spec.maximum if spec.maximum is not None else UNBOUNDED
        return IntOption(**common, minimum=low, maximum=high)
    if spec.kind == "bool":
        return BoolOption(**common)
    if spec.kind == "str_list":
        return ListOption(**common)
    if spec.choices:
        words = _words(spec.name, spec.description, spec.choices).get("words", {})
        return ChoiceOption(**common, choices=spec.choices, words=words)
    return ListOption(**common)  # free text: edited as written


def working_option(setting: WorkingSetting) -> Option:
    common: dict[str, Any] = {
        **_words(setting.name, setting.description),
        "default": setting.default,
    }
    if setting.kind is bool:
        return BoolOption(**common)
    if setting.choices:
        words = _words(setting.name, setting.description, setting.choices).get("words", {})
        return ChoiceOption(**common, choices=setting.choices, words=words)
    if setting.kind is not int:
        return TextOption(**common)
    return IntOption(
        **common,
        minimum=setting.minimum if setting.minimum is not None else 0,
        maximum=setting.maximum if setting.maximum is not None else UNBOUNDED,
    )


def post_settings_pages(pack: Pack) -> list[SettingsPage]:
    """The pages of the post-settings dialog: the rules' parameters, then the post's work."""
    rules = SettingsPage(
        _tr("Rule parameters"),
        _tr(
            "Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are "
            "readings the published sources do not settle; change them only on instruction."
        ).format(pack=pack.id),
        [rule_option(spec) for spec in pack.parameters],
    )
    work = SettingsPage(
        _tr("Working settings"),
        _tr("How this post works: targets, limits and sign-off."),
        [working_option(setting) for setting in WORKING_SETTINGS.values()],
    )
    return [rules, work]
