"""Evidence groups and the QR payload: which indicators share a sheet, which files go where, and the code's text."""

from __future__ import annotations

import hashlib

import pytest

from desktop.core.catalog import load
from desktop.core.errors import NotFound
from desktop.core.printing import EnclosedFile, PrintContext, build_groups, merged_components, qr
from desktop.core.printing.labels import group_label, key_runs


@pytest.fixture(scope="module")
def catalog():
    return load()


def f(label, item=None, key=None):
    return EnclosedFile(path=f"/nowhere/{label}.pdf", label=label, item_id=item, key=key)


def test_shared_materials_make_one_group_in_catalog_order(catalog):
    assert merged_components(catalog, ["29", "55", "26", "28", "27"]) == [("26", "27", "28", "29"), ("55",)]


def test_overlapping_requests_join_into_one_group(catalog):
    # 34–46 is one request and 43–46 another; both are answered together
    (group,) = merged_components(catalog, [str(k) for k in range(34, 47)])
    assert group == tuple(str(k) for k in range(34, 47))


def test_only_selected_keys_are_joined(catalog):
    assert merged_components(catalog, ["43", "44"]) == [("43", "44")]
    assert merged_components(catalog, ["26", "55"]) == [("26",), ("55",)]


def test_files_follow_their_items_and_keys(catalog):
    files = [f("意见书", "M26-29.1"), f("台账", "55.1"), f("补充说明", None, "27"), f("别人的", "1.1"),
             f("旧条目", "99.9", "55")]
    groups = build_groups(catalog, ["26", "27", "28", "29", "55"], files)
    assert [(g.keys, [x.label for x in g.files]) for g in groups] == [
        (("26", "27", "28", "29"), ["意见书", "补充说明"]),
        (("55",), ["台账", "旧条目"]),
    ]


def test_without_merging_a_shared_file_is_on_every_sheet(catalog):
    groups = build_groups(catalog, ["26", "27"], [f("意见书", "M26-29.1")], merge=False)
    assert [(g.keys, len(g.files)) for g in groups] == [(("26",), 1), (("27",), 1)]


def test_unknown_key_is_a_user_error(catalog):
    with pytest.raises(NotFound, match="不在目录"):
        build_groups(catalog, ["55", "999"])


def test_group_labels(catalog):
    assert group_label(catalog, ["55"]) == "第55项"
    assert group_label(catalog, ["26", "27"]) == "第26、27项"
    assert group_label(catalog, ["34", "35", "36", "40"]) == "第34～36、40项"
    assert group_label(catalog, ["B1"]) == "加分项1"
    assert key_runs(["1", "2", "3", "5", "B1"]) == [("1", "3"), ("5", None), ("B1", None)]


def test_office_name_drops_the_room_number(catalog):
    assert PrintContext(catalog, "市司法局").office == "市委依法治市办"
    assert PrintContext(catalog, "市司法局", addressee="市委依法治市办公室").office == "市委依法治市办公室"


# ---------------------------------------------------------------------------- QR payload

H1, H2 = hashlib.sha256(b"a").hexdigest(), hashlib.sha256(b"b").hexdigest()


def test_payload_text_is_exactly_as_documented():
    p = qr.build_payload("jincheng-2022", "市司法局", ["26", "27", "28", "29"], [H1, H2])
    assert p.mode == "F"
    assert p.text == f"EDQR1|jincheng-2022|市司法局|26-29|F:{H1.upper()}:{H2.upper()}"
    assert qr.parse_payload(p.text) == qr.DecodedPayload("jincheng-2022", "市司法局", ("26", "27", "28", "29"), "F",
                                                          hashes=(H1, H2))


def test_payload_without_files_and_with_odd_names():
    p = qr.build_payload("x-1", "甲|乙%单位", ["B1"], [])
    assert p.text == "EDQR1|x-1|甲%7C乙%25单位|B1|F:"
    d = qr.parse_payload(p.text)
    assert d.unit == "甲|乙%单位" and d.hashes == () and d.keys == ("B1",)


def test_listing_mode_when_the_code_would_be_too_dense():
    hashes = [hashlib.sha256(str(n).encode()).hexdigest() for n in range(12)]
    p = qr.build_payload("jincheng-2022", "市委党校（晋城行政学院）", [str(k) for k in range(34, 47)], hashes)
    assert p.mode == "L" and p.version <= qr.MAX_VERSION
    d = qr.parse_payload(p.text)
    assert d.listing_count == 12
    listing = "".join(h + "\n" for h in sorted(hashes))
    assert d.listing_sha256 == hashlib.sha256(listing.encode()).hexdigest() == qr.listing_sha256(hashes)
    few = qr.build_payload("jincheng-2022", "市委党校（晋城行政学院）", ["55"], hashes[:3])
    assert few.mode == "F" and few.version <= qr.MAX_VERSION


def test_parse_rejects_foreign_codes():
    for text in ("https://example.org", "EDQR1|a|b|1|X:12", f"EDQR1|a|b|1|F:{H1[:10]}"):
        with pytest.raises(ValueError):
            qr.parse_payload(text)


def reference_penalty(m) -> int:
    """ISO/IEC 18004 §7.8.3.1 written out plainly, module by module."""
    n = len(m)
    lines = [list(r) for r in m] + [[m[r][c] for r in range(n)] for c in range(n)]
    score = 0
    for line in lines:
        run = 1
        for a, b in zip(line, line[1:] + [None]):
            if a == b:
                run += 1
            else:
                score += run - 2 if run >= 5 else 0
                run = 1
        s = "".join("1" if v else "0" for v in line)
        for i in range(len(s)):
            score += 40 * (s.startswith("10111010000", i) + s.startswith("00001011101", i))
    for r in range(n - 1):
        for c in range(n - 1):
            score += 3 * (m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1])
    dark = sum(sum(1 for v in row if v) for row in m)
    score += 10 * int(abs(dark * 100 / (n * n) - 50) // 5)
    return score


def test_fast_mask_penalty_equals_the_standard():
    from reportlab.graphics.barcode import qrencoder

    for n in range(4):
        p = qr.build_payload("jincheng-2022", "市司法局", [str(n + 1)], [H1] * n)
        code = qrencoder.QRCode(p.version, qrencoder.QRErrorCorrectLevel.M)
        for seg in qr._segments(p.head, p.tail):
            code.addData(seg)
        for mask in range(8):
            code.makeImpl(True, mask)
            assert qr.penalty(code.modules) == reference_penalty(code.modules), (n, mask)
