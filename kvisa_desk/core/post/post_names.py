"""A post as the case view names it: the mission's own name from its letterhead settings
("中华人民共和国驻德意志联邦共和国大使馆"), with its code; the code alone while the post
has not named itself (the generic default names no mission)."""

from __future__ import annotations

from kvisa_desk.core.post.settings import PostSettingsView, post_name


def post_title(settings: PostSettingsView, language: str) -> str:
    """`Embassy … in Germany (BER)` / `中华人民共和国驻…大使馆（BER）`; `BER` while unnamed."""
    zh = language.lower().startswith("zh")
    name = post_name(settings, "zh" if zh else "en")
    if name is None:
        return settings.post
    return f"{name}（{settings.post}）" if zh else f"{name} ({settings.post})"
