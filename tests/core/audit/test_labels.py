from branchops.core.audit.labels import ENTITY_LABELS, entity_label
from branchops.core.models import Base
from branchops.db.audit import AuditEntry


def test_every_audited_record_type_has_a_label():
    audited = {m.class_.__name__ for m in Base.registry.mappers} - {AuditEntry.__name__}
    assert audited <= set(ENTITY_LABELS), sorted(audited - set(ENTITY_LABELS))


def test_unknown_type_shows_as_stored():
    assert entity_label("SomethingNew") == "SomethingNew"
