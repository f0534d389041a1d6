"""The pre-export check: what is missing or odd in what is about to be submitted, in plain Chinese.

Nothing here stops an export — the user decides whether to go on (units submit
progressively, 陆续报送, so gaps are normal). ``warn`` marks what the office will
likely send back (fewer files than asked, no web address where one is asked for,
a file it cannot open); ``info`` marks what is merely worth a look.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.bundle.presets import DEFAULT_PART_MB, MB
from desktop.core.errors import UserError
from desktop.core.workspace.model import Status

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

SCOPES = ("all", "completed")
WARN, INFO = "warn", "info"


@dataclass(frozen=True)
class Finding:
    level: str  # warn | info
    key: str | None  # the indicator it concerns (the first one, for a merged item)
    item_id: str | None
    code: str  # stable for programs: count_below, empty, url_missing, too_old, other_year, duplicate, large_file,
    #            encrypted, office_format, other_format, orphaned, onsite_not_ready, not_started, no_signing_key,
    #            nothing_selected
    message: str  # Chinese, ready to show
    en: str = ""

    def to_dict(self) -> dict:
        return {"level": self.level, "key": self.key, "item_id": self.item_id, "code": self.code,
                "message": self.message, "en": self.en}


def scope_keys(ws: "Workspace", keys: Iterable[str] | None = None, scope: str = "all") -> list[str]:
    """The indicators an export covers, in catalog order: the given keys (default: the unit's), and with
    ``scope="completed"`` only those marked 已完成 or 不适用."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}")
    catalog = ws.catalog
    if keys is None:
        chosen = [ind.key for ind in ws.my_indicators()]
    else:
        wanted = {catalog.indicator(str(k).strip()).key for k in keys}
        chosen = [ind.key for ind in catalog.indicators if ind.key in wanted]
    if scope == "completed" and chosen:
        progress = ws.progress(chosen)
        chosen = [k for k in chosen if progress.by_key[k].settled]
    return chosen


def _mb(n: int) -> str:
    return f"{n / MB:,.1f} MB"


def precheck(ws: "Workspace", keys: Iterable[str] | None = None, scope: str = "all", *,
             part_mb: float = DEFAULT_PART_MB) -> list[Finding]:
    """Findings over the indicators the export would cover, warnings first, then in catalog order."""
    from desktop.core.signing import keystore

    out: list[Finding] = []
    if not keystore.has_key(ws.path):
        out.append(Finding(WARN, None, None, "no_signing_key",
                           "本工作区还没有签名密钥，不能导出报送包。请先生成密钥（keygen），并把公钥登记表交依法治市办。",
                           "This workspace has no signing key yet; run keygen first."))
    chosen = scope_keys(ws, keys, scope)
    if not chosen:
        out.append(Finding(WARN, None, None, "nothing_selected",
                           "没有符合条件的指标（例如还没有标为“已完成”的指标），这次报送不含任何指标。",
                           "No indicator matches the chosen scope."))
        return out
    progress = ws.progress(chosen)
    owner: dict[str, str] = {}
    for key in chosen:
        for it in progress.by_key[key].items:
            owner.setdefault(it.item_id, key)
    attachments = [a for a in ws.attachments() if a.item_id in owner]
    by_item: dict[str, list] = defaultdict(list)
    for a in attachments:
        by_item[a.item_id].append(a)

    for key in chosen:
        ip = progress.by_key[key]
        if ip.status is Status.NOT_APPLICABLE:
            continue
        if ip.status is Status.NOT_STARTED:
            out.append(Finding(INFO, key, None, "not_started", f"{ip.label}尚未开始，报送时状态为“未开始”。",
                               f"Indicator {key} has not been started."))
        for it in ip.items:
            if owner[it.item_id] != key:
                continue  # a merged item: checked once, under the first indicator showing it
            where = ws.describe_item(it.item_id)
            if it.files_needed and it.quantity and it.files < it.files_needed:
                have = f"目前只有 {it.files} 个文件" if it.files else "目前还没有文件"
                out.append(Finding(WARN, key, it.item_id, "count_below", f"{where}要求 {it.quantity}，{have}。",
                                   f"{it.item_id}: {it.files} of {it.files_needed} files."))
            elif it.files_needed and not it.quantity and not it.files and not it.has_statement:
                out.append(Finding(WARN, key, it.item_id, "empty", f"{where}既没有文件，也没有填写情况说明。",
                                   f"{it.item_id}: no file and no statement."))
            if it.url_needed and not it.urls:
                out.append(Finding(WARN, key, it.item_id, "url_missing", f"{where}要求提供网址，目前还没有填写。",
                                   f"{it.item_id}: a web address is asked for."))
            if it.onsite and not it.onsite_ready:
                out.append(Finding(INFO, key, it.item_id, "onsite_not_ready", f"{where}为实地核查，准备工作尚未标为完成。",
                                   f"{it.item_id}: on-site inspection not prepared."))
            out.extend(_file_findings(ws, key, it.item_id, by_item.get(it.item_id, []), part_mb))

    places: dict[str, list] = defaultdict(list)
    for a in attachments:
        places[a.sha256].append(a)
    for sha, atts in places.items():
        items = list(dict.fromkeys(a.item_id for a in atts))
        if len(items) > 1:
            where = "、".join(ws.describe_item(i) for i in items)
            out.append(Finding(INFO, owner[items[0]], items[0], "duplicate",
                               f"同一个文件“{atts[0].display_name}”同时放在{where}。如果不是有意为之，请检查是否放错了位置。",
                               f"The same file is attached to {', '.join(items)}."))
    for ev in ws.orphaned_evidence():
        if ev.attachments or ev.urls or ev.statement:
            out.append(Finding(WARN, None, ev.item.id, "orphaned",
                               f"有 {len(ev.attachments)} 个文件所属的材料条目“{ev.item.text[:30]}”已不在当前目录中，"
                               "不会报送。请把它们移到新目录的对应条目下。",
                               f"Evidence of item {ev.item.id}, which the catalog no longer has, is not exported."))
    return sorted(out, key=lambda f: f.level != WARN)


def _file_findings(ws, key: str, item_id: str, atts: list, part_mb: float) -> list[Finding]:
    item = ws.item(item_id)
    period = item.period
    out = []
    where = ws.describe_item(item_id)
    for a in atts:
        name = a.display_name
        year = int(a.evidence_date[:4]) if a.evidence_date and a.evidence_date[:4].isdigit() else None
        if year and period and period.since and year < period.since:
            out.append(Finding(WARN, key, item_id, "too_old",
                               f"{where}要求{period.since}年以来的材料，“{name}”的日期是 {a.evidence_date}。",
                               f"{name} is dated {a.evidence_date}, before {period.since}."))
        elif year and period and period.years and not period.since and year not in period.years:
            years = "、".join(f"{y}年" for y in period.years)
            out.append(Finding(INFO, key, item_id, "other_year",
                               f"{where}要求{years}的材料，“{name}”的日期是 {a.evidence_date}。",
                               f"{name} is dated {a.evidence_date}; {years} is asked for."))
        if a.size > part_mb * MB:
            out.append(Finding(WARN, key, item_id, "large_file",
                               f"“{name}”有 {_mb(a.size)}，超过分卷上限 {part_mb:g} MB，将单独成卷；"
                               "这一卷可能无法用邮件发送，请改用U盘报送。",
                               f"{name} ({_mb(a.size)}) exceeds the part size; deliver it on a USB stick."))
        if a.encrypted:
            out.append(Finding(WARN, key, item_id, "encrypted",
                               f"“{name}”设有密码，依法治市办可能打不开。请另存为不加密的 PDF 后重新添加。",
                               f"{name} is password-protected."))
        if a.kind == "office":
            out.append(Finding(INFO, key, item_id, "office_format",
                               f"“{name}”是 Word/Excel 文件，依法治市办要求报送 PDF 格式。",
                               f"{name} is an Office file; the office asked for PDF."))
        elif a.kind == "other":
            out.append(Finding(INFO, key, item_id, "other_format",
                               f"“{name}”不是 PDF 或图片，请确认依法治市办能够打开。", f"{name} is neither PDF nor image."))
    return out


def require_key(ws: "Workspace") -> None:
    from desktop.core.signing import keystore

    if not keystore.has_key(ws.path):
        raise UserError("本工作区还没有签名密钥，不能导出。请先运行 evidence-desk keygen 生成密钥。",
                        en="This workspace has no signing key yet. Run 'evidence-desk keygen' first.")
