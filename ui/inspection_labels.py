"""Interface labels of the inspection records' coded values (translated).

The models keep the Vietnamese wording that printed documents use; the
screens show these, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def establishment_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"printing": translate("InspectionLabels", "Printing or photocopy shop"),
            "press_agency": translate("InspectionLabels", "Press agency"),
            "resident_reporter": translate("InspectionLabels", "Representative office, resident reporter"),
            "einfo_site": translate("InspectionLabels", "Electronic information site"),
            "postal_provider": translate("InspectionLabels", "Postal provider"),
            "postal_point": translate("InspectionLabels", "Postal service point"),
            "telecom_operator": translate("InspectionLabels", "Telecom operator"),
            "radio_station": translate("InspectionLabels", "Commune radio station")}


def establishment_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"active": translate("InspectionLabels", "Operating"),
            "suspended": translate("InspectionLabels", "Suspended"),
            "closed": translate("InspectionLabels", "Closed")}


def inspection_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"planned": translate("InspectionLabels", "Planned"),
            "in_progress": translate("InspectionLabels", "In progress"),
            "concluded": translate("InspectionLabels", "Concluded")}


def violation_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"recorded": translate("InspectionLabels", "Recorded"),
            "decided": translate("InspectionLabels", "Penalty decided"),
            "paid": translate("InspectionLabels", "Paid"),
            "appealed": translate("InspectionLabels", "Appealed"),
            "cancelled": translate("InspectionLabels", "Cancelled")}


def petition_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"received": translate("InspectionLabels", "Received"),
            "processing": translate("InspectionLabels", "Being handled"),
            "answered": translate("InspectionLabels", "Answered"),
            "withdrawn": translate("InspectionLabels", "Withdrawn")}


def petition_channels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"": "—", "Trực tiếp": translate("InspectionLabels", "In person"),
            "Bưu chính": translate("InspectionLabels", "By post"),
            "Thư điện tử": translate("InspectionLabels", "By e-mail"),
            "Điện thoại": translate("InspectionLabels", "By telephone"),
            "Cổng dịch vụ công": translate("InspectionLabels", "Public service portal"),
            "Chuyển đến": translate("InspectionLabels", "Forwarded")}


def flags() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"expired": translate("InspectionLabels", "Licence expired"),
            "expiring": translate("InspectionLabels", "Licence expires within 60 days"),
            "overdue_fine": translate("InspectionLabels", "Unpaid past its deadline"),
            "overdue_petition": translate("InspectionLabels", "Past its deadline"),
            "incomplete": translate("InspectionLabels", "Incomplete"),
            "sample": translate("InspectionLabels", "sample")}
