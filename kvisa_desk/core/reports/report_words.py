"""The dashboard report's wording in English and Simplified Chinese ("en+zh": both).

Templates take their values with str.format. In "en+zh" a label reads "English / 中文";
the value templates (days, rates, the period) stay in English there, so a bar's text stays
short enough to sit beside it.
"""

from __future__ import annotations

from typing import Final

from kvisa_desk import labels
from kvisa_desk.core.errors import InvalidInput

EN: Final[dict[str, str]] = {
    "title": "Post dashboard",
    "all_posts": "All posts",
    "first_case": "the first case",
    "period": "{post}, {start} to {end} (as of {today})",
    "received": "Cases received",
    "decided": "Decisions",
    "median": "Median days to decision",
    "p90": "90th percentile days to decision",
    "open": "Open now",
    "past": "Open past the target days",
    "review": "Checks needing review",
    "days": "{n} days",
    "none": "-",
    "by_status": "Cases received in the period, by status now",
    "per_week": "Received per week (weeks starting on Monday)",
    "days_to_decision": "Days from receipt to decision",
    "by_outcome": "Decisions by outcome",
    "by_ground": "Decisions by ground (the rule results a decision rests on)",
    "open_work": "Work waiting now",
    "by_officer": "Refusal rate by recommending officer",
    "by_nationality": "Refusal rate by nationality",
    "by_sign_off": "Refusal rate of the decisions each supervisor signed off",
    "sign_off_note": "Each decision counts once here for the supervisor who signed it off, "
    "and once above for the officer who recommended it.",
    "legend_cases": "Cases",
    "legend_received": "Cases received",
    "legend_days": "Days",
    "legend_decisions": "Decisions",
    "legend_approvals": "Approvals",
    "legend_refusals": "Refusals",
    "legend_past": "Past the target days",
    "legend_rate": "Refusal rate",
    "legend_above": "Above the overall rate, over at least {least} decisions",
    "median_bar": "Median",
    "p90_bar": "90th percentile",
    "decisions_note": "{n} decisions in the period.",
    "ground_note": "A decision resting on several grounds counts under each.",
    "open_bar": "Open cases",
    "past_bar": "Past the target days",
    "review_bar": "Checks needing review",
    "targets_one": "{days} days",
    "targets_every": "{days} days at every post",
    "open_note": "Target days open: {targets}. Counted over every open case, whatever the period.",
    "not_recorded": "(not recorded)",
    "rate": "{refused} of {decided} refused, {rate}",
    "rate_note": "Overall refusal rate {rate}; rates above it over at least {least} "
    "decisions are drawn in red.",
    "approve": "Approve",
    "refuse": "Refuse",
    "notice": "Official use only: contains figures on the post's decisions",
    "empty": "none in this period",
    "more": "First {shown} of {total} shown.",
    "note": "Note: {text}",
    "prepared": "Prepared by {by}, {at} UTC",
    "page": "Page {page} of {pages}",
}

ZH: Final[dict[str, str]] = {
    "title": "签证处工作概况",
    "all_posts": "全部驻外机构",
    "first_case": "首个案件",
    "period": "{post}，{start} 至 {end}（截至 {today}）",
    "received": "受理案件",
    "decided": "作出的决定",
    "median": "作出决定所用天数（中位数）",
    "p90": "作出决定所用天数（第90百分位）",
    "open": "当前未结案件",
    "past": "超过目标天数的未结案件",
    "review": "需复核的审查结果",
    "days": "{n} 天",
    "none": "—",
    "by_status": "期间受理的案件（按当前状态）",
    "per_week": "每周受理量（每周自周一起算）",
    "days_to_decision": "从受理到作出决定的天数",
    "by_outcome": "决定（按结果）",
    "by_ground": "决定（按所依据的审查结果）",
    "open_work": "当前待办工作",
    "by_officer": "拒签率（按提出建议的签证官员）",
    "by_nationality": "各国籍的拒签率",
    "by_sign_off": "拒签率（按审批签字的主管）",
    "sign_off_note": "每项决定在此计入审批签字的主管，在上图计入提出建议的签证官员。",
    "legend_cases": "案件",
    "legend_received": "受理案件",
    "legend_days": "天数",
    "legend_decisions": "决定",
    "legend_approvals": "批准",
    "legend_refusals": "拒签",
    "legend_past": "超过目标天数",
    "legend_rate": "拒签率",
    "legend_above": "高于总体拒签率且决定数不少于 {least} 项",
    "median_bar": "中位数",
    "p90_bar": "第90百分位",
    "decisions_note": "期间共作出 {n} 项决定。",
    "ground_note": "一项决定依据多项审查结果的，分别计入每一项。",
    "open_bar": "未结案件",
    "past_bar": "超过目标天数",
    "review_bar": "需复核的审查结果",
    "targets_one": "{days} 天",
    "targets_every": "各驻外机构均为 {days} 天",
    "open_note": "未结案件目标天数：{targets}。按全部未结案件计算，不限期间。",
    "not_recorded": "（未记录）",
    "rate": "{decided} 件中拒签 {refused} 件，{rate}",
    "rate_note": "总体拒签率 {rate}；决定数不少于 {least} 项且高于该比率的以红色显示。",
    "approve": "批准",
    "refuse": "拒签",
    "notice": "仅限公务使用：含本机构决定的统计数字",
    "empty": "本期间无数据",
    "more": "仅显示前 {shown} 项（共 {total} 项）。",
    "note": "注：{text}",
    "prepared": "编制人 {by}，{at}（UTC）",
    "page": "第{page}页，共{pages}页",
}

# Values, not labels: in "en+zh" these stay in English.
_VALUES = frozenset(
    {"period", "days", "rate", "targets_one", "targets_every", "more", "note", "none"}
)
REPORT_LANGUAGES = ("en", "zh", "en+zh")


def report_words(language: str) -> dict[str, str]:
    """The templates for LANGUAGE ("en", "zh" or "en+zh")."""
    if language == "en":
        return {**EN, "language": "en"}
    if language == "zh":
        return {**ZH, "language": "zh"}
    if language == "en+zh":
        both = {k: v if k in _VALUES else f"{v} / {ZH[k]}" for k, v in EN.items()}
        return {**both, "language": "en+zh"}
    raise InvalidInput(f"language is one of {', '.join(REPORT_LANGUAGES)}, not {language!r}")


def status_word(words: dict[str, str], status: str) -> str:
    """A case status in the report's language, from the catalogue every layer reads (an
    unknown code as it is stored)."""
    languages = tuple(words.get("language", "en").split("+"))
    return labels.both("status", status, languages)
