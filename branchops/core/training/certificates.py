"""External certificates (外部证书): a staff member's certificate from outside, e.g. 消防设施操作员,
红十字救护员证 or a wealth-management licence, with its scanned copy.

A certificate may count for one of the branch's courses (the compliance matrix sees it) and may
grant a skill of the staff directory while it is valid (the roster sees it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from branchops.core.errors import NotFound, Problems
from branchops.core.staff.models import Skill, Staff
from branchops.core.training.models import ExternalCertificate, TrainingCourse
from branchops.core.training.scans import read_scan, store_scan
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_NAME = 128


@dataclass
class CertificateInput:
    staff_id: int | None
    name: str
    issued_on: date | None
    valid_until: date | None = None  # None: does not expire
    number: str = ""
    issuer: str = ""
    course_id: int | None = None
    skill_id: int | None = None
    note: str = ""
    scan: Path | None = None  # a new scanned copy to store
    remove_scan: bool = False


def _check(session: Session, data: CertificateInput) -> bytes | None:
    problems = Problems()
    person = session.get(Staff, data.staff_id) if data.staff_id is not None else None
    problems.require(person is not None, "staff_id", translate("Training", "Choose a person."))
    name = data.name.strip()
    problems.require(bool(name), "name", translate("Training", "Name the certificate."))
    problems.require(
        len(name) <= MAX_NAME and len(data.issuer.strip()) <= MAX_NAME,
        "name",
        translate("Training", "At most {limit} characters.").format(limit=MAX_NAME),
    )
    problems.require(
        len(data.number.strip()) <= 64,
        "number",
        translate("Training", "A certificate number is at most {limit} characters.").format(
            limit=64
        ),
    )
    problems.require(
        data.issued_on is not None, "issued_on", translate("Training", "Give the issue date.")
    )
    if data.issued_on is not None and data.valid_until is not None:
        problems.require(
            data.valid_until >= data.issued_on,
            "valid_until",
            translate(
                "Training", "The certificate cannot expire ({until}) before it was issued ({on})."
            ).format(until=data.valid_until.isoformat(), on=data.issued_on.isoformat()),
        )
    if data.course_id is not None and session.get(TrainingCourse, data.course_id) is None:
        problems.add("course_id", translate("Training", "Choose a course from the list."))
    if data.skill_id is not None and session.get(Skill, data.skill_id) is None:
        problems.add(
            "skill_id",
            translate(
                "Training",
                "The skill this certificate grants does not exist; choose one of the staff "
                "directory's skills.",
            ),
        )
    scan = read_scan(data.scan, "scan", problems) if data.scan is not None else None
    problems.raise_if_any()
    return scan


def save_certificate(
    uow: UnitOfWork,
    user: CurrentUser,
    data: CertificateInput,
    scans_dir: Path,
    certificate_id: int | None = None,
) -> int:
    require(user, Permission.WRITE)
    session = uow.session
    row = get_certificate(session, certificate_id) if certificate_id is not None else None
    scan = _check(session, data)
    if row is None:
        row = ExternalCertificate()
        session.add(row)
    assert data.staff_id is not None and data.issued_on is not None
    row.staff_id = data.staff_id
    row.name = data.name.strip()
    row.number = data.number.strip()
    row.issuer = data.issuer.strip()
    row.issued_on = data.issued_on
    row.valid_until = data.valid_until
    row.course_id = data.course_id
    row.skill_id = data.skill_id
    row.note = data.note.strip()
    if data.remove_scan:
        row.scan_sha256, row.scan_extension, row.scan_name = "", "", ""
    if scan is not None and data.scan is not None:
        stored = store_scan(scans_dir, scan, data.scan.name)
        row.scan_sha256, row.scan_extension, row.scan_name = (
            stored.sha256,
            stored.extension,
            stored.name,
        )
    session.flush()
    uow.commit()
    return row.id


def get_certificate(session: Session, certificate_id: int) -> ExternalCertificate:
    row = session.get(ExternalCertificate, certificate_id)
    if row is None:
        raise NotFound(translate("Training", "This certificate no longer exists; reload the list."))
    return row


def load_certificate_input(session: Session, certificate_id: int) -> CertificateInput:
    row = get_certificate(session, certificate_id)
    return CertificateInput(
        staff_id=row.staff_id,
        name=row.name,
        issued_on=row.issued_on,
        valid_until=row.valid_until,
        number=row.number,
        issuer=row.issuer,
        course_id=row.course_id,
        skill_id=row.skill_id,
        note=row.note,
    )


def delete_certificate(uow: UnitOfWork, user: CurrentUser, certificate_id: int) -> None:
    require(user, Permission.WRITE)
    uow.session.delete(get_certificate(uow.session, certificate_id))
    uow.commit()
