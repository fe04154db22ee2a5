"""Photos: stored once per content hash, checked before copying, missing files reported."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchops.core.errors import ValidationError
from branchops.core.quality.inspection_input import AnswerInput, PhotoInput
from branchops.core.quality.inspection_view import load_inspection, to_input
from branchops.core.quality.models import QcInspection
from branchops.core.quality.photos import MAX_PHOTO_BYTES, image_extension, photo_path
from branchops.core.quality.service import save_draft
from tests.core.quality.conftest import inspection

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"demo-pixels" * 10
JPEG = b"\xff\xd8\xff\xe0" + b"JFIF-demo" * 10


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("head", "extension"),
    [
        (PNG, ".png"),
        (JPEG, ".jpg"),
        (b"GIF89a....", ".gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", ".webp"),
        (b"BM\x00\x00", ".bmp"),
        (b"%PDF-1.7", None),
        ("检查记录".encode(), None),
    ],
)
def test_images_are_recognised_by_content(head, extension):
    assert image_extension(head[:16]) == extension


@pytest.mark.postgres
def test_the_same_photo_twice_is_stored_once(db, manager, version, tmp_path):
    photos = tmp_path / "photos"
    first = _file(tmp_path, "门口.png", PNG)
    copy = _file(tmp_path, "门口-副本.png", PNG)
    other = _file(tmp_path, "柜台.jpg", JPEG)
    answer = AnswerInput(
        "fail", photos=[PhotoInput(source=first), PhotoInput(source=copy), PhotoInput(source=other)]
    )
    with db.unit_of_work(manager) as uow:
        draft_id = save_draft(uow, manager, inspection(version, A1=answer), photos)
    stored = sorted(p for p in photos.rglob("*") if p.is_file())
    assert len(stored) == 2
    sha = hashlib.sha256(PNG).hexdigest()
    assert photo_path(photos, sha, ".png") in stored
    with db.session() as session:
        detail = load_inspection(session, draft_id, photos)
    names = [p.original_name for p in detail.answers[version.items[0].id].photos]
    assert names == ["门口.png", "门口-副本.png", "柜台.jpg"]


def test_photos_survive_a_resumed_draft_and_can_be_removed(db, manager, version, tmp_path):
    photos = tmp_path / "photos"
    answer = AnswerInput("pass", photos=[PhotoInput(source=_file(tmp_path, "a.png", PNG))])
    with db.unit_of_work(manager) as uow:
        draft_id = save_draft(uow, manager, inspection(version, A1=answer), photos)
    with db.session() as session:
        resumed = to_input(session, draft_id)
    item_id = version.items[0].id
    assert [p.original_name for p in resumed.answers[item_id].photos] == ["a.png"]
    resumed.answers[item_id].photos.append(PhotoInput(source=_file(tmp_path, "b.jpg", JPEG)))
    with db.unit_of_work(manager) as uow:
        save_draft(uow, manager, resumed, photos, draft_id)
    with db.session() as session:
        again = to_input(session, draft_id)
    assert [p.original_name for p in again.answers[item_id].photos] == ["a.png", "b.jpg"]
    again.answers[item_id].photos.pop(0)
    with db.unit_of_work(manager) as uow:
        save_draft(uow, manager, again, photos, draft_id)
    with db.session() as session:
        detail = load_inspection(session, draft_id, photos)
    assert [p.original_name for p in detail.answers[item_id].photos] == ["b.jpg"]


def test_not_an_image_or_too_large_is_refused_and_nothing_saved(db, manager, version, tmp_path):
    photos = tmp_path / "photos"
    text = _file(tmp_path, "notes.jpg", "这不是照片".encode())
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_PHOTO_BYTES + 1)
    good = _file(tmp_path, "ok.png", PNG)
    data = inspection(
        version,
        A1=AnswerInput("fail", photos=[PhotoInput(source=good), PhotoInput(source=text)]),
        B1=AnswerInput("fail", photos=[PhotoInput(source=huge)]),
    )
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        save_draft(uow, manager, data, photos)
    ids = [item.id for item in version.items]
    assert [p.field for p in caught.value.problems] == [
        f"answers[{ids[0]}].photos",
        f"answers[{ids[2]}].photos",
    ]
    assert "notes.jpg" in caught.value.problems[0].message
    assert "10" in caught.value.problems[1].message
    assert not photos.exists()
    with db.session() as session:
        assert session.scalar(select(func.count(QcInspection.id))) == 0


def test_a_photo_file_that_went_missing_is_reported(db, manager, version, tmp_path):
    photos = tmp_path / "photos"
    answer = AnswerInput("fail", photos=[PhotoInput(source=_file(tmp_path, "a.png", PNG))])
    with db.unit_of_work(manager) as uow:
        draft_id = save_draft(uow, manager, inspection(version, A1=answer), photos)
    for stored in photos.rglob("*.png"):
        stored.unlink()
    with db.session() as session:
        detail = load_inspection(session, draft_id, photos)
    (missing,) = detail.missing_photos
    assert missing.original_name == "a.png" and missing.missing


def test_a_photo_that_does_not_exist_is_a_field_problem(db, manager, version, tmp_path):
    answer = AnswerInput("fail", photos=[PhotoInput(source=tmp_path / "gone.png")])
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        save_draft(uow, manager, inspection(version, A1=answer), tmp_path / "photos")
    assert "gone.png" in caught.value.problems[0].message
