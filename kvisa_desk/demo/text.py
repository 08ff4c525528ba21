"""Text helpers of the demo generator: romanisation, ASCII folding, ICAO 9303 TD3 MRZ, dates.

Romanisation follows the tables passports use (ICAO 9303 Part 3 for Cyrillic, ELOT 743
for Greek, the national systems for Ukrainian, Bulgarian, Georgian and Armenian, the
Revised Romanisation for Korean), simplified where a rule needs a dictionary.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta


def _table(text: str) -> dict[str, str]:
    """'а=a б=b ь=' -> {'а': 'a', 'б': 'b', 'ь': ''}: compact transliteration tables."""
    return dict(pair.split("=", 1) for pair in text.split())


# --- Cyrillic ---------------------------------------------------------------------------

_RUSSIAN = _table(
    "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t "
    "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ=ie ы=y ь= э=e ю=iu я=ia"
)

_UKRAINIAN = _table(
    "а=a б=b в=v г=h ґ=g д=d е=e є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o "
    "п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ю=iu я=ia '= ’= ʼ="
)
# Ukrainian letters written differently at the start of a word.
_UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_BULGARIAN = _table(
    "а=a б=b в=v г=g д=d е=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u "
    "ф=f х=h ц=ts ч=ch ш=sh щ=sht ъ=a ь=y ю=yu я=ya"
)

# --- Georgian and Armenian -------------------------------------------------------------

_GEORGIAN = _table(
    "ა=a ბ=b გ=g დ=d ე=e ვ=v ზ=z თ=t ი=i კ=k ლ=l მ=m ნ=n ო=o პ=p ჟ=zh რ=r ს=s ტ=t უ=u "
    "ფ=p ქ=k ღ=gh ყ=q შ=sh ჩ=ch ც=ts ძ=dz წ=ts ჭ=ch ხ=kh ჯ=j ჰ=h"
)

_ARMENIAN = _table(
    "ա=a բ=b գ=g դ=d ե=e զ=z է=e ը=y թ=t ժ=zh ի=i լ=l խ=kh ծ=ts կ=k հ=h ձ=dz ղ=gh "
    "ճ=ch մ=m յ=y ն=n շ=sh ո=o չ=ch պ=p ջ=j ռ=r ս=s վ=v տ=t ր=r ց=ts ւ=v փ=p ք=k և=ev "
    "օ=o ֆ=f"
)
_ARMENIAN_INITIAL = {"ե": "ye", "ո": "vo"}

# --- Greek (ELOT 743, as Greek passports write names) ----------------------------------

_GREEK = _table(
    "α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=x ο=o π=p ρ=r σ=s ς=s τ=t "
    "υ=y φ=f χ=ch ψ=ps ω=o"
)
_GREEK_PAIRS = {"αι": "ai", "ει": "ei", "οι": "oi", "ου": "ou", "γγ": "ng", "γξ": "nx", "γχ": "nch"}
_GREEK_VOICELESS = set("θκξπστφχψ")


def _word_table(text: str, table: dict[str, str], initial: dict[str, str]) -> str:
    out: list[str] = []
    at_start = True
    for ch in text:
        low = ch.lower()
        if low in table or low in initial:
            piece = initial.get(low, table.get(low, "")) if at_start else table.get(low, "")
            out.append(piece.capitalize() if ch != low else piece)
            at_start = False
        else:
            out.append(ch)
            at_start = not ch.isalpha()
    return "".join(out)


def _fix_case(source: str, latin: str) -> str:
    """Title-case each word the way the source word was capitalised (names arrive capitalised)."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), latin) if source else latin


def romanise_cyrillic(text: str, language: str) -> str:
    if language == "uk":
        # 'зг' is written 'zgh' so it is not read as 'ж'.
        latin = (
            _word_table(
                text.replace("зг", "зґх").replace("Зг", "Зґх"), _UKRAINIAN, _UKRAINIAN_INITIAL
            )
            .replace("zgkh", "zgh")
            .replace("Zgkh", "Zgh")
        )
        return _fix_case(text, latin)
    table = _BULGARIAN if language == "bg" else _RUSSIAN
    return _fix_case(text, _word_table(text, table, {}))


def romanise_georgian(text: str) -> str:
    return _fix_case(text, _word_table(text, _GEORGIAN, {}))


def romanise_armenian(text: str) -> str:
    # 'ու' is one vowel, 'u'.
    lowered = text.replace("ու", "u").replace("Ու", "U").replace("ՈՒ", "U")
    return _fix_case(text, _word_table(lowered.lower(), _ARMENIAN, _ARMENIAN_INITIAL))


def romanise_greek(text: str) -> str:
    words = []
    for word in text.split(" "):
        words.append(_greek_word(word))
    return " ".join(words)


def _greek_word(word: str) -> str:
    # Keep a diaeresis as a marker: it splits a vowel pair ('Ευφροσύνη' vs 'Ταΐς').
    letters: list[tuple[str, bool]] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch == "\u0308" and letters:
            letters[-1] = (letters[-1][0], True)
        elif not unicodedata.combining(ch):
            letters.append((ch, False))
    out: list[str] = []
    i = 0
    while i < len(letters):
        ch = letters[i][0]
        nxt, nxt_split = letters[i + 1] if i + 1 < len(letters) else ("", False)
        after = letters[i + 2][0] if i + 2 < len(letters) else ""
        pair = ch + nxt
        if ch in "αεη" and nxt == "υ" and not nxt_split:
            voiceless = after == "" or after in _GREEK_VOICELESS
            out.append(_GREEK[ch] + ("f" if voiceless else "v"))
            i += 2
        elif pair in ("μπ", "ντ", "γκ"):
            start = i == 0
            out.append(
                {
                    "μπ": "b" if start else "mp",
                    "ντ": "d" if start else "nt",
                    "γκ": "g" if start else "nk",
                }[pair]
            )
            i += 2
        elif pair in _GREEK_PAIRS and not nxt_split:
            out.append(_GREEK_PAIRS[pair])
            i += 2
        else:
            out.append(_GREEK.get(ch, ch))
            i += 1
    return "".join(out).capitalize()


# --- Korean (Revised Romanisation, family names as passports conventionally write them) --

_HANGUL_INITIALS = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_HANGUL_VOWELS = (
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
)
_HANGUL_FINALS = (
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
)
KOREAN_SURNAMES = _table(
    "김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim 한=Han 오=Oh "
    "서=Seo 신=Shin 권=Kwon 황=Hwang 안=Ahn 송=Song 류=Ryu 유=Yoo 홍=Hong 전=Jeon 고=Ko 문=Moon "
    "양=Yang 손=Son 배=Bae 백=Baek 허=Heo 남=Nam 노=Noh 하=Ha 곽=Kwak 성=Sung 차=Cha 주=Joo 우=Woo "
    "구=Koo 민=Min 진=Jin 나=Na 지=Ji 엄=Um 채=Chae 원=Won 천=Cheon 방=Bang 공=Kong 현=Hyun 함=Ham "
    "변=Byun 염=Yeom 여=Yeo 추=Choo 도=Do 석=Seok 선=Sun 설=Seol 마=Ma 길=Gil 연=Yeon 표=Pyo "
    "명=Myung 기=Ki 반=Ban 왕=Wang 금=Keum 옥=Ok 육=Yook 인=In 맹=Maeng 제=Je 모=Mo 탁=Tak 국=Kook "
    "은=Eun 편=Pyeon 용=Yong 예=Ye 경=Kyung 봉=Bong 사=Sa 부=Boo 태=Tae 목=Mok 형=Hyung 두=Doo "
    "감=Kam 제갈=Jegal 남궁=Namgung 선우=Sunwoo 황보=Hwangbo 독고=Dokgo 사공=Sagong"
)


def romanise_hangul(text: str) -> str:
    out: list[str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial, rest = divmod(code, 588)
            vowel, final = divmod(rest, 28)
            out.append(_HANGUL_INITIALS[initial] + _HANGUL_VOWELS[vowel] + _HANGUL_FINALS[final])
        else:
            out.append(ch)
    return "".join(out).capitalize()


def romanise_korean_surname(text: str) -> str:
    return KOREAN_SURNAMES.get(text) or romanise_hangul(text)


# --- Latin folding (ICAO 9303 Part 3 for the multi-letter cases) ------------------------

_ICAO_LATIN = str.maketrans(
    {
        "Ä": "AE",
        "Å": "AA",
        "Æ": "AE",
        "Ĳ": "IJ",
        "Ö": "OE",
        "Ø": "OE",
        "Œ": "OE",
        "Ü": "UE",
        "ß": "SS",
        "ẞ": "SS",
        "Þ": "TH",
        "Ð": "D",
        "Đ": "D",
        "Ħ": "H",
        "Ł": "L",
        "Ŀ": "L",
        "İ": "I",
        "ı": "I",
        "ŉ": "N",
    }
)
_SIMPLE_LATIN = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ħ": "h",
    }
)
_NOT_MRZ = re.compile(r"[^A-Z0-9<]")
_NOT_EMAIL = re.compile(r"[^a-z0-9]")


def strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def ascii_fold(text: str) -> str:
    """'Łukasiewicz' -> 'Lukasiewicz', 'Nguyễn' -> 'Nguyen' (for e-mail addresses)."""
    return strip_marks(text.translate(_SIMPLE_LATIN))


def email_part(text: str) -> str:
    return _NOT_EMAIL.sub("", ascii_fold(text).lower())


def mrz_name(text: str) -> str:
    """A name as the MRZ writes it: 'Müller-Lüdenscheidt' -> 'MUELLER<LUEDENSCHEIDT'."""
    upper = strip_marks(text.upper().translate(_ICAO_LATIN)).translate(_ICAO_LATIN)
    upper = upper.replace("'", "").replace("’", "").replace("ʼ", "")
    upper = re.sub(r"[\s\-‐]+", "<", upper.strip())
    return _NOT_MRZ.sub("", upper)


# --- ICAO 9303 TD3 ----------------------------------------------------------------------

_MRZ_WEIGHTS = (7, 3, 1)


def mrz_check_digit(data: str) -> str:
    total = 0
    for index, ch in enumerate(data):
        if ch.isdigit():
            value = int(ch)
        elif "A" <= ch <= "Z":
            value = ord(ch) - 55
        else:
            value = 0
        total += value * _MRZ_WEIGHTS[index % 3]
    return str(total % 10)


def _yymmdd(day: date) -> str:
    return f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"


def _pad(text: str, width: int) -> str:
    return (text + "<" * width)[:width]


def td3_mrz(
    *,
    state: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str | None,
    expiry: date,
    personal_number: str = "",
    filler_check: bool = False,
    corrupt: str | None = None,
) -> list[str]:
    """The two 44-character lines of a passport's MRZ, with ICAO check digits.

    `filler_check` writes '<' as the check digit of an unused personal number, which
    ICAO 9303 allows; `corrupt` names one check digit to get wrong on purpose
    ('number', 'birth', 'expiry' or 'composite').
    """
    names = mrz_name(surname) + ("<<" + mrz_name(given_names) if given_names.strip() else "")
    line1 = _pad(f"P<{_pad(state, 3)}{names}", 44)
    number_field = _pad(mrz_name(number), 9)
    optional = _pad(mrz_name(personal_number), 14)
    digits = {
        "number": mrz_check_digit(number_field),
        "birth": mrz_check_digit(_yymmdd(birth)),
        "expiry": mrz_check_digit(_yymmdd(expiry)),
    }
    optional_check = "<" if filler_check and set(optional) == {"<"} else mrz_check_digit(optional)
    if corrupt in digits:
        digits[corrupt] = str((int(digits[corrupt]) + 1) % 10)
    sex_code = sex if sex in ("F", "M") else "<"
    body = (
        f"{number_field}{digits['number']}{_pad(nationality, 3)}{_yymmdd(birth)}{digits['birth']}"
        f"{sex_code}{_yymmdd(expiry)}{digits['expiry']}{optional}{optional_check}"
    )
    composite = mrz_check_digit(body[0:10] + body[13:20] + body[21:43])
    if corrupt == "composite":
        composite = str((int(composite) + 1) % 10)
    return [line1, body + composite]


# --- dates ------------------------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (2026-08-31 + 6 = 2027-02-28)."""
    index = start.year * 12 + start.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def minus_years(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def days_between(start: date, end: date) -> int:
    return (end - start).days


def plus_days(day: date, days: int) -> date:
    return day + timedelta(days=days)
