import pytest

from branchops.core.branch.queries import ProfileData, is_set_up, load_profile
from branchops.core.branch.service import save_profile


@pytest.mark.postgres
def test_profile_round_trip(db, manager):
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR01", name="城东支行"))
    with db.session() as session:
        assert is_set_up(session)
        assert load_profile(session).name == "城东支行"
