"""The post-settings pages, declared from the rule pack and core's working settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

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

UNBOUNDED = 1_000_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPages", text)


def rule_option(spec: ParameterSpec) -> Option:
    """The editor for one pack parameter, chosen by its declared kind and limits."""
    common: dict[str, Any] = {
        "name": spec.name,
        "description": spec.description,
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
        return ChoiceOption(**common, choices=spec.choices)
    return ListOption(**common)  # free text: edited as written


def working_option(setting: WorkingSetting) -> Option:
    common: dict[str, Any] = {
        "name": setting.name,
        "description": setting.description,
        "default": setting.default,
    }
    if setting.kind is bool:
        return BoolOption(**common)
    if setting.choices:
        return ChoiceOption(**common, choices=setting.choices)
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
