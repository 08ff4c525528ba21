"""The recovery key as it is saved or printed: the key on a line of its own, with what it is,
which database it opens and how to use it, in English and Chinese (whoever finds the file
years later may read either), and reading the key back out of such a file."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

# Eight groups of four base32 characters (keyslots.new_recovery_key); a copy typed by hand
# may hold 0, 1 or 8 for O, I or B (keyslots.normal_recovery_key reads them so).
_KEY_LINE = re.compile(r"[A-Z0-8]{4}(?:-[A-Z0-8]{4}){7}")


def recovery_key_sheet(recovery_key: str, database: Path | None, made_at: datetime) -> str:
    """The text of the saved file (and the printed page); the key stands alone on its line."""
    where = str(database) if database is not None else "?"
    when = f"{made_at:%Y-%m-%d %H:%M} UTC"
    command = "kvisa-desk db unlock ADMIN --recovery-key-file FILE"
    return "\n".join(
        [
            "KVisa Desk — recovery key of an encrypted database",
            "KVisa Desk — 加密数据库的恢复密钥",
            "",
            recovery_key,
            "",
            "Letters A-Z and digits 2-7 only: O is the letter O, I the letter I (no 0 or 1).",
            "只含字母 A-Z 和数字 2-7：O 是字母 O，I 是字母 I（没有数字 0 和 1）。",
            "",
            f"Database / 数据库: {where}",
            f"Made / 生成时间: {when}",
            "",
            "What it is: this key opens the database if every administrator password is "
            "lost. Whoever holds it can read every case: keep it locked away, off the computer.",
            "How to use it: on the computer that holds the database, run",
            f"    {command}",
            "with ADMIN an administrator's username and FILE this file. It sets a one-time "
            "password for that account, which must be changed at the next sign-in; the "
            "recovery is recorded in the audit trail.",
            "",
            "这是什么：所有管理员密码都遗失时，用此密钥打开数据库。持有者可读取所有案件，"
            "请锁好保管，不要放在这台电脑上。",
            "如何使用：在存放数据库的电脑上运行",
            f"    {command}",
            "其中 ADMIN 为管理员的用户名，FILE 为本文件。该命令为此账户设置一次性密码，"
            "下次登录时必须更改；此次恢复会记入审计日志。",
            "",
        ]
    )


def recovery_key_in(text: str) -> str:
    """The key in a saved sheet (its own line), else the text itself (a bare key, stdin)."""
    for line in text.splitlines():
        candidate = line.strip().upper()
        if _KEY_LINE.fullmatch(candidate):
            return candidate
    return text.strip()
