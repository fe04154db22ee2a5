import pytest

from branchops.core.users import passwords
from branchops.core.users.passwords import Cost, hash_password, needs_rehash, verify_password


def test_default_cost_is_slow_scrypt_and_stores_its_parameters(monkeypatch):
    monkeypatch.setattr(passwords, "COST", Cost(n=2**15, r=8, p=1))
    stored = hash_password("正确的马电池")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "32768", "8", "1")
    assert len(salt) >= 20  # 16 random bytes, base64
    assert len(key) >= 40  # 32 bytes, base64
    assert verify_password("正确的马电池", stored)
    assert not needs_rehash(stored)


def test_salted_each_time_and_never_contains_the_password():
    first, second = hash_password("hunter2-hunter2"), hash_password("hunter2-hunter2")
    assert first != second
    assert verify_password("hunter2-hunter2", first)
    assert verify_password("hunter2-hunter2", second)
    assert "hunter2" not in first


def test_wrong_password_does_not_verify():
    stored = hash_password("correct horse")
    assert not verify_password("correct hors", stored)
    assert not verify_password("Correct horse", stored)
    assert not verify_password("", stored)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain-text-password",
        "scrypt$abc$8$1$c2FsdA==$a2V5",
        "scrypt$1000$8$1$c2FsdA==$a2V5",  # n not a power of two
        "scrypt$16$8$1$not base64!$a2V5",
        "scrypt$16$8$1$$a2V5",
        "bcrypt$16$8$1$c2FsdA==$a2V5",
    ],
)
def test_empty_or_damaged_hashes_never_verify(stored):
    assert not verify_password("anything", stored)
    assert needs_rehash(stored)


def test_the_comparison_is_constant_time(monkeypatch):
    calls = []
    real = passwords.hmac.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(passwords.hmac, "compare_digest", spy)
    assert verify_password("pw-123456", hash_password("pw-123456"))
    assert calls == [(32, 32)]


def test_a_hash_made_with_another_cost_needs_rehash_but_still_verifies(monkeypatch):
    old = hash_password("long-lived", Cost(n=2**3, r=1, p=1))
    assert verify_password("long-lived", old)
    assert needs_rehash(old)
