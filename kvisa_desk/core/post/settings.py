"""A post's settings: rule parameter overrides and working settings, versioned and recorded.

Version 0 means "nothing changed from the defaults". Every change writes a new version,
kept forever, so each check run can name the settings it ran under.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import NO_CHANGES, SETTINGS, Changes
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.rules.pack import Pack, default_library, effective_parameters
from kvisa_desk.rules.params import Parameters
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import PostSettings, PostSettingsVersion


@dataclass(frozen=True)
class WorkingSetting:
    """A setting of the post's work rather than of the rules."""

    name: str
    default: Any
    kind: type
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""
    choices: tuple[str, ...] = ()  # a text setting with a fixed set of values
    lines: bool = False  # a text setting that may hold line breaks


WORKING_SETTINGS: dict[str, WorkingSetting] = {
    s.name: s
    for s in (
        WorkingSetting("max_attachment_mb", 25, int, 1, 500, "Largest file an officer may attach"),
        WorkingSetting("days_open_target", 15, int, 1, 365, "Days within which a case is decided"),
        WorkingSetting("idle_lock_minutes", 10, int, 1, 240, "Idle time before the window locks"),
        WorkingSetting(
            "retention_days", 3650, int, 30, 36500, "Days a finished case is kept before purge"
        ),
        WorkingSetting(
            "approvals_need_sign_off", False, bool, None, None, "Approvals need a second officer"
        ),
        WorkingSetting(
            "state_refusal_grounds",
            False,
            bool,
            None,
            None,
            "Refusal letters state grounds (only: other grounds under Law Art. 21)",
        ),
        WorkingSetting(
            "reply_by_days", 30, int, 1, 365, "Days an applicant has to send requested documents"
        ),
        WorkingSetting(
            "letter_language",
            "en+zh",
            str,
            None,
            None,
            "Language of letters: en, zh or en+zh",
            choices=("en", "zh", "en+zh"),
        ),
        WorkingSetting(
            "letterhead_name_en",
            "Embassy of the People's Republic of China",
            str,
            None,
            None,
            "The post's name on letters, in English",
        ),
        WorkingSetting(
            "letterhead_name_zh",
            "中华人民共和国大使馆",
            str,
            None,
            None,
            "The post's name on letters, in Chinese",
        ),
        WorkingSetting(
            "letterhead_address",
            "",
            str,
            None,
            None,
            "The post's address on letters; lines separated by ';' or new lines",
            lines=True,
        ),
        WorkingSetting("letterhead_phone", "", str, None, None, "The post's telephone on letters"),
        WorkingSetting("letterhead_email", "", str, None, None, "The post's e-mail on letters"),
        # The title a letter prints under the signatory whose account has no title of its own.
        *(
            WorkingSetting(
                f"signatory_title_{role}_{lang}",
                default,
                str,
                None,
                None,
                f"Title on letters signed by {who} with no title of their own, in {language}",
            )
            for role, who, titles in (
                ("officer", "an officer", ("Visa Officer", "签证官员")),
                ("supervisor", "a supervisor", ("Visa Section Supervisor", "签证处主管")),
            )
            for lang, language, default in zip(
                ("en", "zh"), ("English", "Chinese"), titles, strict=True
            )
        ),
        WorkingSetting(
            "inbox_folder",
            "",
            str,
            None,
            None,
            "Default inbox folder of applications from the service centre (a computer may "
            "name its own)",
        ),
    )
}


@dataclass(frozen=True)
class PostSettingsView:
    post: str
    version: int
    values: dict[str, Any]  # only what the post changed from the defaults
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)

    def working(self, name: str) -> Any:
        return self.values.get(name, WORKING_SETTINGS[name].default)

    def rule_overrides(self, pack: Pack) -> dict[str, Any]:
        names = {spec.name for spec in pack.parameters}
        return {k: v for k, v in self.values.items() if k in names}

    def parameters_for(self, pack: Pack) -> Parameters:
        return effective_parameters(pack, self.rule_overrides(pack))


def post_name(settings: PostSettingsView, language: str) -> str | None:
    """The mission's own name in LANGUAGE ("en" or "zh"), or None while the post has left
    it unset or at the generic default (which names no mission)."""
    key = f"letterhead_name_{language}"
    name = str(settings.working(key) or "").strip()
    return None if not name or name == WORKING_SETTINGS[key].default else name


def get_post_settings(session: Session, post: str) -> PostSettingsView:
    row = session.get(PostSettings, post)
    if row is None:
        return PostSettingsView(post, 0, {})
    return PostSettingsView(post, row.version, dict(row.values))


def load_post_settings(db: Database, post: str) -> PostSettingsView:
    with db.read() as session:
        return get_post_settings(session, post)


MAX_SETTING_TEXT = 500  # a letterhead line; far more would not fit on the page


def _checked_text(setting: WorkingSetting, value: Any) -> str:
    from kvisa_desk.core.limits import text_problem

    if not isinstance(value, str):
        raise InvalidInput(f"{setting.name}: must be text")
    text = value.strip()
    if setting.choices and text not in setting.choices:
        raise InvalidInput(
            f"{setting.name}: {text[:40]!r} is not allowed; "
            f"choose one of: {', '.join(setting.choices)}"
        )
    problem = text_problem(text, MAX_SETTING_TEXT, lines=setting.lines)
    if problem is not None:
        raise InvalidInput(f"{setting.name}: {problem}")
    return text


def _coerce_working(setting: WorkingSetting, value: Any) -> Any:
    if setting.kind is str:
        return _checked_text(setting, value)
    if setting.kind is bool:
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if not isinstance(value, bool):
            raise InvalidInput(f"{setting.name}: must be true or false")
        return value
    try:
        number = int(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None:
        raise InvalidInput(f"{setting.name}: must be a whole number")
    if (setting.minimum is not None and number < setting.minimum) or (
        setting.maximum is not None and number > setting.maximum
    ):
        raise InvalidInput(
            f"{setting.name}: must be between {setting.minimum} and {setting.maximum}"
        )
    return number


def validate_settings(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values checked against every installed pack and the working settings; raises InvalidInput."""
    packs = default_library().packs
    rule_names = {spec.name for pack in packs for spec in pack.parameters}
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if name in WORKING_SETTINGS:
            checked[name] = _coerce_working(WORKING_SETTINGS[name], value)
        elif name not in rule_names:
            known = ", ".join(sorted(rule_names | WORKING_SETTINGS.keys()))
            raise InvalidInput(f"{name}: not a setting; known settings: {known}")
    rule_values = {k: v for k, v in values.items() if k in rule_names}
    for pack in packs:
        mine = {k: v for k, v in rule_values.items() if any(s.name == k for s in pack.parameters)}
        try:
            params = effective_parameters(pack, mine)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        checked.update({k: params.to_dict()[k] for k in mine})
    return checked


def update_post_settings(
    db: Database,
    post: str,
    changes: Mapping[str, Any],
    actor: str,
    reset: tuple[str, ...] = (),
) -> PostSettingsView:
    """Apply changes (and resets to the default) as a new version; recorded in the history."""
    from kvisa_desk.core.limits import post_code_problem

    with db.write() as session:
        require(session, actor, Permission.POST_SETTINGS)  # before the post code is looked at
        problem = post_code_problem(post)
        if problem is not None:
            raise InvalidInput(f"post code {post[:20]!r} refused: {problem}")
        current = get_post_settings(session, post)
        merged = {k: v for k, v in current.values.items() if k not in reset}
        merged.update(changes)
        checked = validate_settings(merged)
        if checked == current.values:
            return current
        return _store_version(session, post, current, checked, actor)


def name_post_if_unnamed(session: Session, post: str, names: Mapping[str, str], actor: str) -> bool:
    """Give POST the letterhead NAMES (settings `letterhead_*`) unless it has set its own
    name; for the demo loader, which asks for no permission. True when they were stored."""
    current = get_post_settings(session, post)
    if post_name(current, "en") is not None or post_name(current, "zh") is not None:
        return False  # a post's own name is never overwritten
    checked = validate_settings({**current.values, **names})
    _store_version(session, post, current, checked, actor)
    return True


def _store_version(
    session: Session,
    post: str,
    current: PostSettingsView,
    checked: dict[str, Any],
    actor: str,
) -> PostSettingsView:
    """CHECKED stored as the post's next settings version, kept and recorded."""
    version = current.version + 1
    now = utcnow()
    row = session.get(PostSettings, post)
    if row is None:
        session.add(PostSettings(post_code=post, version=version, values=checked))
    else:
        row.version, row.values, row.updated_by, row.updated_at = version, checked, actor, now
    session.add(
        PostSettingsVersion(
            post_code=post, version=version, values=checked, updated_by=actor, updated_at=now
        )
    )
    changed = sorted(
        k for k in checked.keys() | current.values.keys() if checked.get(k) != current.values.get(k)
    )
    record_event(
        session,
        actor,
        "post_settings_changed",
        post=post,
        version=version,
        changed={k: [current.values.get(k), checked.get(k)] for k in changed},
    )
    return PostSettingsView(post, version, checked, Changes.of_post(SETTINGS))


def settings_history(db: Database, post: str) -> list[PostSettingsVersion]:
    with db.read() as session:
        return list(
            session.scalars(
                select(PostSettingsVersion)
                .where(PostSettingsVersion.post_code == post)
                .order_by(PostSettingsVersion.version)
            )
        )
