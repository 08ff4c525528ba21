"""Synthetic, valid `kvisa-application/1` records, fast and reproducible (no Faker).

`write_jsonl(path, count, seed)` writes `count` records as JSON Lines; the same count and
seed always give the same bytes. Bump GENERATOR_VERSION whenever the output changes, so
cached files and databases built from them are rebuilt (it is part of their cache names).

The records look like a post's real intake: several posts, applicants of many
nationalities (Latin, Chinese, Cyrillic, Arabic and other scripts, combining marks,
characters outside the BMP, and a few names that mean something to HTML or SQL),
one to three degrees, up to three jobs, purpose, travel, screening, two to five
documents, and for about a quarter a passport MRZ with correct check digits.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 1
DEFAULT_SEED = 20251015
SCHEMA = "kvisa-application/1"

POSTS = ("LON", "BER", "PAR", "NBO", "LOS", "SAO", "DEL", "MOW", "TYO", "SYD", "WAS", "CAI")

# (alpha-3, alpha-2, ICAO passport code when it differs, surnames, given names, places)
_LATIN_WEST = (
    ("Smith", "Jones", "Taylor", "Brown", "Williams", "Evans", "O'Brien", "Murphy"),
    ("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Mary Jane", "Thomas Edward"),
)
_GERMAN = (
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"),
    ("Lena", "Jürgen", "Anna-Lena", "Lukas", "Zoë", "Maximilian", "Sophie", "Jörg"),
)
_FRENCH = (
    ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"),
    ("Élodie", "Jean-Luc", "Chloé", "François", "Inès", "Théo", "Maëlle", "Noël"),
)
_NIGERIAN = (
    ("Okafor", "Adeyemi", "Nwosu", "Bello", "Eze", "Ogunleye", "Abubakar", "Okonkwo"),
    ("Chiamaka Adaeze", "Tunde", "Ngozi", "Emeka", "Aisha", "Oluwaseun", "Ifeoma", "Yusuf"),
)
_KENYAN = (
    ("Otieno", "Wanjiru", "Kamau", "Mwangi", "Njoroge", "Achieng", "Kiprono", "Mutua"),
    ("Wanjiku", "Brian", "Akinyi", "Kevin", "Faith", "Dennis", "Mercy", "Collins"),
)
_BRAZILIAN = (
    ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Conceição", "Gonçalves", "Araújo"),
    ("João", "Maria Eduarda", "Lucas", "Ana Júlia", "Gabriel", "Letícia", "Mateus", "Sônia"),
)
_VIETNAMESE = (  # combining marks as typed on many keyboards (NFD), not precomposed
    ("Nguye\u0302\u0303n", "Tra\u0302\u0300n", "Le\u0302", "Pha\u0323m", "Ho\u0302\u0300"),
    ("Minh Anh", "Thu\u0309y", "Hoa\u0300ng", "Lan", "\u0110u\u031b\u0301c"),
)
_CHINESE = (
    ("张", "王", "李", "刘", "陈", "杨", "黄", "𠮷田"),
    ("伟", "芳", "娜", "秀英", "敏", "静", "磊", "𩸽"),
)
_PINYIN = {"张": "Zhang", "王": "Wang", "李": "Li", "刘": "Liu", "陈": "Chen", "杨": "Yang",
           "黄": "Huang", "𠮷田": "Yoshida", "伟": "Wei", "芳": "Fang", "娜": "Na",
           "秀英": "Xiuying", "敏": "Min", "静": "Jing", "磊": "Lei", "𩸽": "Hokke"}  # fmt: skip
_RUSSIAN = (("Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов"), ("Алексей", "Мария", "Ольга"))
_RUSSIAN_LATIN = {"Иванов": "Ivanov", "Смирнова": "Smirnova", "Кузнецов": "Kuznetsov",
                  "Попова": "Popova", "Соколов": "Sokolov", "Алексей": "Aleksei",
                  "Мария": "Mariia", "Ольга": "Olga"}  # fmt: skip
_ARABIC = (("الفارسي", "حداد", "منصور", "الحسيني"), ("محمد", "ليلى", "أحمد", "فاطمة"))
_ARABIC_LATIN = {"الفارسي": "Al-Farsi", "حداد": "Haddad", "منصور": "Mansour",
                 "الحسيني": "Al-Husseini", "محمد": "Mohammed", "ليلى": "Layla",
                 "أحمد": "Ahmed", "فاطمة": "Fatima"}  # fmt: skip
# Data, never markup or SQL: they must be stored and shown exactly as given.
_TRICKY = (
    ("<b>Eve</b>", "<script>alert(1)</script>"),
    ("O'Brien'; DROP TABLE cases; --", "Robert"),
    ("=cmd|' /C calc'!A0", "+1"),
    ("Smith 😀", "Ann\u200dMarie"),
    ("Müller", "Zoë \u202eexe.pdf"),
    ("Madonna", ""),  # people with one name exist
)

# alpha-3, alpha-2, passport issuing code, place names, name pool, native script
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...], Any, str | None], ...] = (
    ("GBR", "GB", "GBR", ("London", "Leeds", "Glasgow", "Cardiff"), _LATIN_WEST, None),
    ("USA", "US", "USA", ("Boston", "Austin", "Seattle", "Chicago"), _LATIN_WEST, None),
    ("DEU", "DE", "D", ("München", "Köln", "Berlin", "Dresden"), _GERMAN, None),
    ("FRA", "FR", "FRA", ("Lyon", "Paris", "Nantes", "Lille"), _FRENCH, None),
    ("NGA", "NG", "NGA", ("Enugu", "Lagos", "Ibadan", "Kano"), _NIGERIAN, None),
    ("KEN", "KE", "KEN", ("Nairobi", "Kisumu", "Mombasa"), _KENYAN, None),
    ("BRA", "BR", "BRA", ("São Paulo", "Recife", "Curitiba"), _BRAZILIAN, None),
    ("VNM", "VN", "VNM", ("Hà Nội", "Huế", "Đà Nẵng"), _VIETNAMESE, None),
    ("SGP", "SG", "SGP", ("Singapore",), _CHINESE, "zh"),
    ("MYS", "MY", "MYS", ("Kuala Lumpur", "Penang"), _CHINESE, "zh"),
    ("RUS", "RU", "RUS", ("Москва", "Казань", "Новосибирск"), _RUSSIAN, "ru"),
    ("EGY", "EG", "EGY", ("القاهرة", "الإسكندرية"), _ARABIC, "ar"),
    ("JOR", "JO", "JOR", ("عمّان", "إربد"), _ARABIC, "ar"),
    ("IND", "IN", "IND", ("Pune", "Chennai", "Kolkata"), _LATIN_WEST, None),
    ("CAN", "CA", "CAN", ("Montréal", "Toronto", "Calgary"), _FRENCH, None),
    ("AUS", "AU", "AUS", ("Perth", "Brisbane", "Hobart"), _LATIN_WEST, None),
)
_STREETS = ("Marina Road", "High Street", "Rue de la Paix", "Hauptstraße", "Av. Paulista")
_NATIVE_TO_LATIN = {"zh": _PINYIN, "ru": _RUSSIAN_LATIN, "ar": _ARABIC_LATIN}

# (level, field, ISCED-F, institution pattern)
_FIELDS = (
    ("Electrical Engineering", "0713"),
    ("Computer Science", "0613"),
    ("Molecular Biology", "0511"),
    ("Chinese Language & Literature", "0232"),
    ("Economics", "0311"),
    ("Mechanical Engineering", "0715"),
    ("Fine Arts", "0213"),
    ("Business Administration", "0413"),
    ("Mathematics", "0541"),
    ("Physics", "0533"),
    ("Public Health", "0988"),
    ("Education Science", "0111"),
)
_LEVELS = ("bachelor", "master", "doctorate", "other")
_UNIVERSITY = ("University of {c}", "{c} Institute of Technology", "{c} State University")
_EMPLOYERS = ("{c} Power Ltd", "Institute of Advanced Study, {c}", "{c} Teaching Academy",
              "Global Logistics {c}", "{c} Biotech", "Ministry of Culture, {c}")  # fmt: skip
_POSITIONS = (
    ("Research Fellow", "research"),
    ("Lecturer", "teaching"),
    ("Senior Engineer", "industry"),
    ("Postdoctoral Researcher", "research"),
    ("Product Manager", "industry"),
    ("Curator", "other"),
)
_ACTIVITIES = (
    ("science_technology", "Joint research visit"),
    ("education", "Visiting lectures"),
    ("culture", "Exhibition and artist residency"),
    ("entrepreneurship", "Founding a technology start-up"),
    ("business", "Partnership talks"),
    ("employment", "Job interviews with host institutions"),
    ("other", "Conference participation"),
)
_HOSTS = ("Tsinghua University", "Peking University", "Fudan University",
          "Chinese Academy of Sciences", "Zhejiang University", None, None)  # fmt: skip
_DOCUMENTS = (
    ("application_form", "application.pdf"),
    ("degree_certificate", "degree.pdf"),
    ("transcript", "transcript.pdf"),
    ("proof_of_post", "contract.pdf"),
    ("other", "cv.pdf"),
)

_D1960 = date(1960, 1, 1).toordinal()
_D2000 = date(2000, 1, 1).toordinal()
_D2014 = date(2014, 1, 1).toordinal()
_D2025 = date(2025, 1, 1).toordinal()
_D2026 = date(2026, 1, 1).toordinal()


def _iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


# -- MRZ (ICAO 9303 TD3) -------------------------------------------------------------------

_MRZ_VALUES = {c: i for i, c in enumerate("0123456789")} | {
    c: 10 + i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}


def _check_digit(field: str) -> str:
    weights = (7, 3, 1)
    return str(sum(_MRZ_VALUES.get(c, 0) * weights[i % 3] for i, c in enumerate(field)) % 10)


def _mrz_name(text: str) -> str | None:
    """Upper-case A-Z and fillers, or None when the name needs transliteration rules."""
    out = []
    for char in text.upper():
        if "A" <= char <= "Z":
            out.append(char)
        elif char in " -'":
            out.append("<")
        else:
            return None
    return "".join(out)


def mrz_lines(
    surname: str, given: str, code: str, number: str, nationality: str,
    dob: str, sex: str, expiry: str,
) -> list[str] | None:  # fmt: skip
    last, first = _mrz_name(surname), _mrz_name(given)
    if last is None or first is None:
        return None
    names = f"{last}<<{first}"[:39]
    line1 = f"P<{code:<<3}{names:<<39}"
    num = f"{number:<<9}"[:9]
    birth, exp = dob[2:].replace("-", ""), expiry[2:].replace("-", "")
    optional = "<" * 14
    body = (
        f"{num}{_check_digit(num)}{nationality:<<3}{birth}{_check_digit(birth)}"
        f"{sex if sex in 'FM' else '<'}{exp}{_check_digit(exp)}{optional}{_check_digit(optional)}"
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    line2 = body + _check_digit(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return [line1, line2]


# -- records -------------------------------------------------------------------------------


def _applicant_and_passport(rng: random.Random, index: int) -> tuple[dict[str, Any], ...]:
    alpha3, alpha2, code, places, (surnames, givens), script = rng.choice(COUNTRIES)
    native_name = None
    if rng.random() < 0.004:
        surname, given = rng.choice(_TRICKY)
    elif script is not None:
        native_surname, native_given = rng.choice(surnames), rng.choice(givens)
        latin = _NATIVE_TO_LATIN[script]
        surname, given = latin[native_surname], latin[native_given]
        if script == "zh":
            native_name = native_surname + native_given
        else:
            native_name = f"{native_given} {native_surname}"
    else:
        surname, given = rng.choice(surnames), rng.choice(givens)
    sex = "X" if rng.random() < 0.002 else rng.choice("FM")
    dob = _iso(_D1960 + rng.randrange(_D2000 - _D1960))
    issued = _D2014 + rng.randrange(_D2025 - _D2014)
    expiry = _iso(issued + 3652 - rng.randrange(2))
    number = f"{rng.choice('ACEHKLNPX')}{rng.randrange(10**7, 10**8)}"
    handle = "".join(c for c in given.lower() if c.isascii() and c.isalnum()) or "applicant"
    applicant = {
        "surname": surname,
        "given_names": given,
        "native_name": native_name,
        "sex": sex,
        "date_of_birth": dob,
        "place_of_birth": rng.choice(places),
        "nationality": alpha3,
        "email": f"{handle}.{index}@example.{alpha2.lower()}",
        "phone": f"+{rng.randrange(1, 999)} {rng.randrange(100, 999)} 555 "
        f"{rng.randrange(10**4):04d}",
        "address": f"{rng.randrange(1, 400)} {rng.choice(_STREETS)}, {rng.choice(places)}",
    }
    mrz = None
    if rng.random() < 0.35:
        mrz = mrz_lines(surname, given, code, number, code, dob, sex, expiry)
    passport = {
        "number": number,
        "issuing_state": code,
        "issue_date": _iso(issued),
        "expiry_date": expiry,
        "mrz": mrz,
    }
    return applicant, passport, (alpha2, alpha3)


def application(rng: random.Random, index: int) -> dict[str, Any]:
    """One valid record; `index` makes the application id unique."""
    post = POSTS[index % len(POSTS)]
    application_id = f"KV-{post}-2025-{index:07d}"
    applicant, passport, (alpha2, alpha3) = _applicant_and_passport(rng, index)
    country = rng.choice((alpha2, alpha2, alpha3, "CN"))
    education = []
    awarded = date.fromisoformat(applicant["date_of_birth"]).toordinal() + 8000
    for position in range(rng.choice((1, 1, 2, 2, 3))):
        field, isced = rng.choice(_FIELDS)
        awarded += 400 + rng.randrange(1500)
        education.append(
            {
                "level": _LEVELS[min(position, 2)] if rng.random() < 0.9 else "other",
                "field": field,
                "isced_f": isced if rng.random() < 0.8 else None,
                "institution": rng.choice(_UNIVERSITY).format(c=applicant["place_of_birth"]),
                "institution_country": rng.choice((alpha2, alpha3, "CN", "GB", "US")),
                "awarded_on": _iso(min(awarded, _D2025)),
            }
        )
    employment = []
    start = awarded + 30
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        title, kind = rng.choice(_POSITIONS)
        end = start + 200 + rng.randrange(2000)
        field, isced = rng.choice(_FIELDS)
        employment.append(
            {
                "employer": rng.choice(_EMPLOYERS).format(c=applicant["place_of_birth"]),
                "country": country,
                "position": title,
                "kind": kind,
                "field": field,
                "isced_f": isced if rng.random() < 0.5 else None,
                "start_date": _iso(min(start, _D2025)),
                "end_date": _iso(min(end, _D2025)) if rng.random() < 0.5 else None,
            }
        )
        start = end + 10
    activity, description = rng.choice(_ACTIVITIES)
    received = _D2025 + rng.randrange(300)
    documents = [
        {"type": "passport_scan", "file": f"docs/{application_id}/passport.pdf"},
        {"type": "photo", "file": f"docs/{application_id}/photo.jpg"},
    ]
    for doc_type, name in rng.sample(_DOCUMENTS, rng.randrange(4)):
        documents.append({"type": doc_type, "file": f"docs/{application_id}/{name}"})
    flags = rng.random() < 0.02
    return {
        "schema": SCHEMA,
        "application_id": application_id,
        "received_at": _iso(received),
        "post": post,
        "applicant": applicant,
        "passport": passport,
        "education": education,
        "employment": employment,
        "purpose": {
            "activity": activity,
            "description": f"{description}, {rng.choice(_FIELDS)[0].lower()}",
            "host_institution": rng.choice(_HOSTS),
        },
        "travel": {
            "intended_entry": _iso(_D2026 + rng.randrange(180)),
            "stay_days": rng.choice((14, 30, 60, 90, 90, 180)),
        },
        "screening": {
            "reentry_ban": flags and rng.random() < 0.3,
            "security_concern": False,
            "fraud_found": flags and rng.random() < 0.3,
            "insufficient_funds": flags and rng.random() < 0.5,
        },
        "documents": documents,
    }


def write_jsonl(path: Path, count: int, seed: int = DEFAULT_SEED) -> Path:
    """COUNT records as JSON Lines (UTF-8, not ASCII-escaped), deterministic for a seed."""
    rng = random.Random(seed)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        chunk: list[str] = []
        for index in range(1, count + 1):
            chunk.append(dumps(application(rng, index)))
            if len(chunk) == 2000:
                handle.write("\n".join(chunk) + "\n")
                chunk.clear()
        if chunk:
            handle.write("\n".join(chunk) + "\n")
    return path


def applications_file_name(count: int, seed: int = DEFAULT_SEED) -> str:
    """The cache name of the JSON Lines file: everything its content depends on."""
    return f"applications-{count}-seed{seed}-gen{GENERATOR_VERSION}.jsonl"


def cases_db_file_name(count: int, seed: int = DEFAULT_SEED) -> str:
    """The cache name of a SQLite database holding COUNT imported cases of that file.

    It names the schema revision too: a migration makes a new database rather than letting
    the start-up benchmark time an upgrade (and its backup copy) of an old one.
    """
    from kvisa_desk.store.migrate import head_revision

    return f"cases-{count}-seed{seed}-gen{GENERATOR_VERSION}-schema{head_revision()}.sqlite3"


def settle_sqlite(path: Path) -> None:
    """Fold a SQLite file's write-ahead log into it so the file alone is the database."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
