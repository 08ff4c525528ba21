"""Post settings take only their allowed values (issue 18, item 14): `letter_language=fr`
was once accepted, and every later letter failed."""

from __future__ import annotations

import io

import pytest

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.post.settings import load_post_settings, update_post_settings
from kvisa_desk.store.engine import Database, sqlite_file

pytestmark = pytest.mark.backend


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"letter_language": "fr"},
            "letter_language: 'fr' is not allowed; choose one of: en, zh, en+zh",
        ),
        ({"letter_language": "EN"}, "choose one of: en, zh, en+zh"),
        ({"letterhead_name_en": "Embassy\x1b[2J"}, "invisible control character (U+001B)"),
        ({"letterhead_phone": "+44\n20"}, "a line break or tab (U+000A)"),
        ({"letterhead_email": "x" * 501}, "is 501 characters long; at most 500"),
        ({"reply_by_days": 0}, "reply_by_days: must be between 1 and 365"),
        ({"approvals_need_sign_off": "yes"}, "approvals_need_sign_off: must be true or false"),
    ],
)
def test_a_setting_outside_its_allowed_values_is_refused(
    db: Database, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        update_post_settings(db, "LON", changes, "supervisor.s")
    assert message in str(refused.value)
    assert load_post_settings(db, "LON").version == 0  # nothing stored


def test_allowed_values_are_kept(db: Database) -> None:
    view = update_post_settings(
        db,
        "LON",
        {"letter_language": "zh", "letterhead_address": "1 Portland Place\nLondon W1B 1JL"},
        "supervisor.s",
    )
    assert view.working("letter_language") == "zh"
    assert view.working("letterhead_address") == "1 Portland Place\nLondon W1B 1JL"


def test_a_post_code_that_is_not_one_is_refused(db: Database) -> None:
    with pytest.raises(InvalidInput, match="a post code is 2 to 8 capital letters"):
        update_post_settings(db, "=HYPERLINK(1)", {"letter_language": "zh"}, "supervisor.s")


@pytest.mark.sqlite_only
def test_settings_set_on_the_command_line_lists_the_allowed_values(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_USER", "supervisor.s")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", str(sqlite_file(db.url)), "settings", "set", "--post", "LON"]
    args = build_parser().parse_args([*argv, "letter_language=fr"])
    assert dispatch(CliContext(args, out=out, err=err)) == 2
    assert err.getvalue() == (
        "letter_language: 'fr' is not allowed; choose one of: en, zh, en+zh\n"
    )
