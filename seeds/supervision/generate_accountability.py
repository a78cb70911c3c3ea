#!/usr/bin/env python3
"""Generates the accountability seed: two accountability cases (问责案例) of the Binzhou working committee (BZ-WC) in 2019.

Illustrative (示例): the cases are invented, consistent with the bundled documents they rest on —
  seeds/organizations/binzhou-snapshot.json       BZ-001 and its branches; BZ-001-B01-M001 徐国娟, secretary of BZ-001;
  seeds/supervision/records-bz-2018.json          findings F01 (BZ-001) and F05 (BZ-001-B01), past due at the end of 2018;
  seeds/responsibilities/rectification-ledger-2019.json
                                                  measures Q02/M04 and Q08/M16 (end of November, never completed: overdue
                                                  from 2019-12-01; their first responsible person is BZ-001-B01-M001).
The forms are those of 《中国共产党问责条例》（2019年修订）第八条 (in force from 2019-09-01): C01 holds the organ party
committee BZ-001 to account by 检查 and 通报 combined; C02 holds its secretary to account by 诫勉.
Run: python3 seeds/supervision/generate_accountability.py  (writes the JSON next to this script).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text(zh, en):
    return {"zhCn": zh, "english": en}


BODY = text("滨州市委市直机关工委", "Binzhou municipal organs' working committee")

CASES = [
    {
        "id": "C01",
        "subject": {"kind": "PartyOrganization", "organization": "BZ-001"},
        "facts": [
            {"finding": "F01", "note": text("2018年督导发现，再次下发整改通知书后仍逾期", "found in 2018, still past due after the restated notice")},
            {"problem": "Q02", "measure": "M04", "note": text("11月底整改期限已过，未完成", "end-of-November deadline passed, not done")},
        ],
        "stage": "HoldAccountable",
        "decidedOn": "2019-12-16",
        "decidedBy": BODY,
        "forms": ["Inspection", "Circular"],
        "summary": text("机关党委落实主体责任不力，问题整改久拖不决（示例）", "Organ party committee slow to carry its responsibility and to rectify (illustrative)"),
    },
    {
        "id": "C02",
        "subject": {
            "kind": "LeadingCadre",
            "organization": "BZ-001",
            "person": "BZ-001-B01-M001",
            "name": "徐国娟",
            "post": text("机关党委书记", "secretary of the organ party committee"),
        },
        "facts": [
            {"problem": "Q08", "measure": "M16", "note": text("整改第一责任人，11月底期限已过未完成", "first responsible; end-of-November deadline passed, not done")},
            {"finding": "F05", "note": text("所在支部组织生活问题逾期未整改", "her branch's organizational-life gap past due")},
        ],
        "stage": "HoldAccountable",
        "decidedOn": "2019-12-16",
        "decidedBy": BODY,
        "forms": ["Admonition"],
        "summary": text("书记履行第一责任人职责不到位（示例）", "Secretary did not carry her duty as first responsible person (illustrative)"),
    },
]


def main():
    doc = {
        "schemaVersion": "1.0",
        "kind": "accountability-records",
        "content": {"year": 2019, "committeeId": "BZ-WC", "cases": CASES, "isIllustrative": True},
    }
    (HERE / "accountability-bz-2019.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
