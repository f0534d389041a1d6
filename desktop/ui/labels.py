"""How catalog things are named on screen, in the interface language.

The catalog's own words (indicator texts, unit names, 具体资料报送) are shown
as printed; only the labels around them ("第55项", "2020年以来", status names)
are translated here.
"""

from __future__ import annotations

from desktop.core.catalog import Indicator, MaterialItem
from desktop.ui.evidence import ItemState, ReviewNote, ReviewStatus, Status
from desktop.ui.i18n import fmt, translate


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("Labels", "未开始"),
        Status.IN_PROGRESS: translate("Labels", "进行中"),
        Status.DONE: translate("Labels", "已完成"),
        Status.NOT_APPLICABLE: translate("Labels", "不适用"),
    }[status]


def review_status_label(status: ReviewStatus) -> str:
    """需补充 / 已补充，待复核 / 通过: the office's word beside the unit's own status."""
    return {
        ReviewStatus.NEEDS_REVISION: translate("Labels", "需补充"),
        ReviewStatus.ANSWERED: translate("Labels", "已补充，待复核"),
        ReviewStatus.PASSED: translate("Labels", "通过"),
    }[status]


def review_details(review: ReviewNote) -> str:
    """'6 分 · 2024-03-20 · 王审核': what else the office said about its verdict (empty parts left out)."""
    parts = []
    if review.score is not None:
        parts.append(fmt(translate("Labels", "%1 分"), f"{review.score:g}"))
    if review.reviewed:
        parts.append(review.reviewed)
    if review.reviewer:
        parts.append(review.reviewer)
    return " · ".join(parts)


def indicator_label(ind: Indicator) -> str:
    """第55项 / 加分项1 / 否决项2 / 任务3, as ``Indicator.label()`` but translated."""
    if ind.kind == "bonus":
        return fmt(translate("Labels", "加分项%1"), ind.key[1:])
    if ind.kind == "veto":
        return fmt(translate("Labels", "否决项%1"), ind.key[1:])
    if ind.kind == "task":
        return fmt(translate("Labels", "任务%1"), ind.key)
    return fmt(translate("Labels", "第%1项"), ind.key)


def key_range(keys: list[str]) -> str:
    """'26–29' for a run of consecutive numbers, '57、59' otherwise (the way the office writes them)."""
    if len(keys) > 1 and all(k.isdigit() for k in keys):
        nums = [int(k) for k in keys]
        if nums == list(range(nums[0], nums[0] + len(nums))):
            return f"{nums[0]}–{nums[-1]}"
    return translate("Labels", "、").join(keys)


def item_badges(item: MaterialItem) -> list[tuple[str, str]]:
    """[(kind, text)] for the chips on a material card."""
    out: list[tuple[str, str]] = []
    if item.quantity:
        q = item.quantity
        text = fmt(translate("Labels", "任选 %1%2") if q.any else translate("Labels", "数量 %1%2"), q.count, q.unit)
        out.append(("quantity", text))
    if item.period:
        p = item.period
        if p.since:
            out.append(("period", fmt(translate("Labels", "%1年以来"), p.since)))
        for y in p.years:
            out.append(("period", fmt(translate("Labels", "%1年"), y)))
        if p.quarterly:
            out.append(("period", translate("Labels", "按季度")))
    if item.asks_url:
        out.append(("url", translate("Labels", "需填网址")))
    if item.asks_contact:
        out.append(("contact", translate("Labels", "需联系方式")))
    if item.onsite:
        out.append(("onsite", translate("Labels", "实地核查")))
    if item.request:
        out.append(("merged", translate("Labels", "合并提供")))
    return out


def item_progress(item: MaterialItem, state: ItemState) -> str:
    """'3/5件' when the item asks for a number of pieces, '2 个文件' otherwise."""
    if state.required:
        unit = item.quantity.unit if item.quantity else ""
        return fmt(translate("Labels", "%1/%2%3"), state.count, state.required, unit)
    return translate("Labels", "%n 个文件", None, state.count)
