"""The demo posts' names for letters: a demo letter carries a mission's name, as a real
post's must (issuing is refused while a post has not set one)."""

from __future__ import annotations

from kvisa_desk.core.post.settings import name_post_if_unnamed
from kvisa_desk.store.engine import Database

_EMBASSY_EN = "Embassy of the People's Republic of China in "
_CONSULATE_EN = "Consulate General of the People's Republic of China in "

# Post code: (English name, Chinese name). Real-looking, so demo letters read as real ones.
DEMO_POST_NAMES: dict[str, tuple[str, str]] = {
    "HQ": (
        "Department of Consular Affairs, Ministry of Foreign Affairs of the People's Republic "
        "of China",
        "中华人民共和国外交部领事司",
    ),
    "ABV": (
        _EMBASSY_EN + "the Federal Republic of Nigeria",
        "中华人民共和国驻尼日利亚联邦共和国大使馆",
    ),
    "ANK": (_EMBASSY_EN + "the Republic of Türkiye", "中华人民共和国驻土耳其共和国大使馆"),
    "ATH": (_EMBASSY_EN + "the Hellenic Republic", "中华人民共和国驻希腊共和国大使馆"),
    "BER": (
        _EMBASSY_EN + "the Federal Republic of Germany",
        "中华人民共和国驻德意志联邦共和国大使馆",
    ),
    "BKK": (_EMBASSY_EN + "the Kingdom of Thailand", "中华人民共和国驻泰王国大使馆"),
    "BUD": (_EMBASSY_EN + "Hungary", "中华人民共和国驻匈牙利大使馆"),
    "BUE": (_EMBASSY_EN + "the Argentine Republic", "中华人民共和国驻阿根廷共和国大使馆"),
    "CAI": (_EMBASSY_EN + "the Arab Republic of Egypt", "中华人民共和国驻阿拉伯埃及共和国大使馆"),
    "DEL": (_EMBASSY_EN + "the Republic of India", "中华人民共和国驻印度共和国大使馆"),
    "HAN": (
        _EMBASSY_EN + "the Socialist Republic of Viet Nam",
        "中华人民共和国驻越南社会主义共和国大使馆",
    ),
    "ISB": (
        _EMBASSY_EN + "the Islamic Republic of Pakistan",
        "中华人民共和国驻巴基斯坦伊斯兰共和国大使馆",
    ),
    "JKT": (_EMBASSY_EN + "the Republic of Indonesia", "中华人民共和国驻印度尼西亚共和国大使馆"),
    "KIV": (_EMBASSY_EN + "Ukraine", "中华人民共和国驻乌克兰大使馆"),
    "LON": (_EMBASSY_EN + "the United Kingdom", "中华人民共和国驻英国大使馆"),
    "MAD": (_EMBASSY_EN + "the Kingdom of Spain", "中华人民共和国驻西班牙王国大使馆"),
    "MEX": (_EMBASSY_EN + "the United Mexican States", "中华人民共和国驻墨西哥合众国大使馆"),
    "MNL": (_EMBASSY_EN + "the Republic of the Philippines", "中华人民共和国驻菲律宾共和国大使馆"),
    "MOW": (_EMBASSY_EN + "the Russian Federation", "中华人民共和国驻俄罗斯联邦大使馆"),
    "NBO": (_EMBASSY_EN + "the Republic of Kenya", "中华人民共和国驻肯尼亚共和国大使馆"),
    "OTT": (_EMBASSY_EN + "Canada", "中华人民共和国驻加拿大大使馆"),
    "PAR": (_EMBASSY_EN + "the French Republic", "中华人民共和国驻法兰西共和国大使馆"),
    "ROM": (_EMBASSY_EN + "the Italian Republic", "中华人民共和国驻意大利共和国大使馆"),
    "RUH": (_EMBASSY_EN + "the Kingdom of Saudi Arabia", "中华人民共和国驻沙特阿拉伯王国大使馆"),
    "SAO": (_CONSULATE_EN + "São Paulo", "中华人民共和国驻圣保罗总领事馆"),
    "SEL": (_EMBASSY_EN + "the Republic of Korea", "中华人民共和国驻大韩民国大使馆"),
    "STO": (_EMBASSY_EN + "the Kingdom of Sweden", "中华人民共和国驻瑞典王国大使馆"),
    "SYD": (_CONSULATE_EN + "Sydney", "中华人民共和国驻悉尼总领事馆"),
    "TEH": (
        _EMBASSY_EN + "the Islamic Republic of Iran",
        "中华人民共和国驻伊朗伊斯兰共和国大使馆",
    ),
    "TLV": (_EMBASSY_EN + "the State of Israel", "中华人民共和国驻以色列国大使馆"),
    "TYO": (_EMBASSY_EN + "Japan", "中华人民共和国驻日本国大使馆"),
    "WAS": (_EMBASSY_EN + "the United States of America", "中华人民共和国驻美利坚合众国大使馆"),
    "WAW": (_EMBASSY_EN + "the Republic of Poland", "中华人民共和国驻波兰共和国大使馆"),
}


def name_demo_posts(db: Database, actor: str, posts: list[str] | None = None) -> list[str]:
    """Give each demo post (POSTS, or all of them) its name for letters, unless the post has
    set its own; returns the posts named now."""
    named: list[str] = []
    with db.write() as session:
        for post in posts if posts is not None else sorted(DEMO_POST_NAMES):
            if post not in DEMO_POST_NAMES:
                continue
            en, zh = DEMO_POST_NAMES[post]
            names = {"letterhead_name_en": en, "letterhead_name_zh": zh}
            if name_post_if_unnamed(session, post, names, actor):
                named.append(post)
    return named
