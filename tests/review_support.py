"""Real review files for the unit's window tests: made by a real office workspace from a real bundle, signed by
the office's key, plus one signed by a stranger who names himself the office."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.office import OfficeWorkspace
from desktop.core.office.feedback import write_feedback
from tests.office_support import CATALOG, UnitBundles, allowed_signers, pdf_bytes, unit_signer

SIFA = "市司法局"
OFFICE_PASS = "office-passphrase"
COMMENT_55 = "还缺 1 件执法全过程记录电子档案，请补充"
COMMENT_22 = "只有清单，请任选 5 个行政规范性文件提供原文"


@dataclass(frozen=True)
class ReviewFiles:
    genuine: Path  # 22 需补充, 55 需补充 (6 分), 4 通过 (10 分)
    forged: Path  # the same JSON, "all passed", signed by another key
    fingerprint: str  # the office key's
    public_key: str  # the office key's line, as the office hands it out
    impostor_fingerprint: str


def make_review_files(root: Path) -> ReviewFiles:
    office = OfficeWorkspace.create(root / "office", CATALOG)
    try:
        office.keygen(OFFICE_PASS)
        unit = UnitBundles(SIFA, root / "units", unit_signer(SIFA))
        unit.add("55.1", "执法记录台账.pdf", pdf_bytes(1))
        unit.add("22.1", "规范性文件清单.pdf", pdf_bytes(2))
        unit.add("4.1", "证明事项清单.pdf", pdf_bytes(3))
        (root / "allowed_signers").write_text(allowed_signers(unit.signer), encoding="utf-8")
        office.trust(root / "allowed_signers")
        office.receive([unit.export()])
        office.review(SIFA, "55", "需补充", COMMENT_55, 6, by="王审核")
        office.review(SIFA, "22", "需补充", COMMENT_22, by="王审核")
        office.review(SIFA, "4", "通过", score=10, by="王审核")
        genuine = office.feedback(SIFA, root / "依法治市办审核意见_市司法局.zip", passphrase=OFFICE_PASS).path
        reg = office.key_registration()
    finally:
        office.close()
    impostor = unit_signer("冒充者")
    doc = json.loads(zipfile.ZipFile(genuine).read("feedback.json"))
    doc["office"] = {"name": "依法治市办", "fingerprint": impostor.fingerprint, "public_key": impostor.public_key.line("")}
    doc["feedback_id"] = "forged-1"
    for r in doc["reviews"]:
        r.update(verdict="pass", verdict_label="通过", comment="全部通过，无需补充", number=r["number"] + 100)
    forged, _sha = write_feedback(doc, impostor, root / "审核意见（伪造）.zip")
    return ReviewFiles(genuine, forged, reg.fingerprint, reg.public_key, impostor.fingerprint)
