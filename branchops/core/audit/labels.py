"""Names of the record types the audit log shows, in the user's language."""

from __future__ import annotations

from branchops.i18n import QT_TRANSLATE_NOOP, translate

ENTITY_LABELS = {
    "BranchProfile": QT_TRANSLATE_NOOP("AuditEntity", "Branch profile"),
    "OpeningHours": QT_TRANSLATE_NOOP("AuditEntity", "Opening hours"),
    "KpiTarget": QT_TRANSLATE_NOOP("AuditEntity", "KPI target"),
    "Setting": QT_TRANSLATE_NOOP("AuditEntity", "Setting"),
    "User": QT_TRANSLATE_NOOP("AuditEntity", "User"),
    "Staff": QT_TRANSLATE_NOOP("AuditEntity", "Staff member"),
    "StaffSkill": QT_TRANSLATE_NOOP("AuditEntity", "Staff skill"),
    "Position": QT_TRANSLATE_NOOP("AuditEntity", "Position"),
    "Skill": QT_TRANSLATE_NOOP("AuditEntity", "Skill"),
    "ShiftType": QT_TRANSLATE_NOOP("AuditEntity", "Shift type"),
    "StaffingNeed": QT_TRANSLATE_NOOP("AuditEntity", "Staffing need"),
    "NeedSkill": QT_TRANSLATE_NOOP("AuditEntity", "Required skill"),
    "SpecialDay": QT_TRANSLATE_NOOP("AuditEntity", "Special day"),
    "LeaveRequest": QT_TRANSLATE_NOOP("AuditEntity", "Leave"),
    "LeaveEntitlement": QT_TRANSLATE_NOOP("AuditEntity", "Leave entitlement"),
    "LeaveDay": QT_TRANSLATE_NOOP("AuditEntity", "Leave day"),
    "Unavailability": QT_TRANSLATE_NOOP("AuditEntity", "Unavailable day"),
    "ShiftPreference": QT_TRANSLATE_NOOP("AuditEntity", "Shift preference"),
    "RosterAssignment": QT_TRANSLATE_NOOP("AuditEntity", "Roster assignment"),
    "RosterChange": QT_TRANSLATE_NOOP("AuditEntity", "Roster change"),
    "RosterPublication": QT_TRANSLATE_NOOP("AuditEntity", "Roster publication"),
    "RuleOverride": QT_TRANSLATE_NOOP("AuditEntity", "Rule override"),
    "TimesheetEntry": QT_TRANSLATE_NOOP("AuditEntity", "Timesheet entry"),
    "QcTemplate": QT_TRANSLATE_NOOP("AuditEntity", "Checklist template"),
    "QcTemplateVersion": QT_TRANSLATE_NOOP("AuditEntity", "Checklist version"),
    "QcSection": QT_TRANSLATE_NOOP("AuditEntity", "Checklist section"),
    "QcItem": QT_TRANSLATE_NOOP("AuditEntity", "Checklist item"),
    "QcInspection": QT_TRANSLATE_NOOP("AuditEntity", "Inspection"),
    "QcAnswer": QT_TRANSLATE_NOOP("AuditEntity", "Inspection answer"),
    "QcPhoto": QT_TRANSLATE_NOOP("AuditEntity", "Inspection photo"),
    "QcAmendment": QT_TRANSLATE_NOOP("AuditEntity", "Inspection amendment"),
    "CorrectiveAction": QT_TRANSLATE_NOOP("AuditEntity", "Corrective action"),
    "TrainingCourse": QT_TRANSLATE_NOOP("AuditEntity", "Training course"),
    "TrainingCoursePosition": QT_TRANSLATE_NOOP("AuditEntity", "Course's required position"),
    "TrainingSession": QT_TRANSLATE_NOOP("AuditEntity", "Training session"),
    "TrainingAttendance": QT_TRANSLATE_NOOP("AuditEntity", "Training attendance"),
    "ExternalCertificate": QT_TRANSLATE_NOOP("AuditEntity", "Outside certificate"),
    "ReportExport": QT_TRANSLATE_NOOP("AuditEntity", "Report export"),
    "DemoData": QT_TRANSLATE_NOOP("AuditEntity", "Demo data"),
    "Database": QT_TRANSLATE_NOOP("AuditEntity", "Database"),
}


def entity_label(entity: str) -> str:
    """The record type in the user's language; an unknown type shows as stored."""
    source = ENTITY_LABELS.get(entity)
    return translate("AuditEntity", source) if source else entity
