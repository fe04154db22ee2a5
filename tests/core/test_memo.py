from branchops.core import settings
from branchops.core.memo import memo_scope, memoized


def test_values_are_computed_once_inside_a_scope_and_never_kept_after(db):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    with db.session() as session:
        assert memoized(session, ("t", 1), compute) == 1
        assert memoized(session, ("t", 1), compute) == 2  # no scope: computed each time
        with memo_scope(session):
            assert memoized(session, ("t", 1), compute) == 3
            with memo_scope(session):  # a nested scope shares the outer one
                assert memoized(session, ("t", 1), compute) == 3
            assert memoized(session, ("t", 2), compute) == 4
        assert memoized(session, ("t", 1), compute) == 5


def test_a_setting_written_inside_a_scope_is_read_fresh(db):
    with db.session() as session, memo_scope(session):
        keep = settings.get(session, settings.BACKUP_KEEP)
        settings.put(session, settings.BACKUP_KEEP, keep + 3)
        assert settings.get(session, settings.BACKUP_KEEP) == keep + 3
