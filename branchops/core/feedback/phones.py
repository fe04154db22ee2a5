"""Customer phone numbers: a mainland mobile (1[3-9] and nine digits, +86 or 86 in front allowed)
or a landline (0, a 2–3 digit area code, an optional hyphen, 7–8 digits).

What people type is tidied first: full-width digits and signs (NFKC), spaces, brackets, and the
hyphens or spaces inside a mobile number (138-1234-5678).
"""

from __future__ import annotations

import re
import unicodedata

_MOBILE = re.compile(r"(?:\+?86)?(1[3-9]\d{9})")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
_NOISE = re.compile(r"[\s()]")


def normalise_phone(text: str | None) -> str | None:
    """The number as stored ("" when blank), or None when it is neither a mobile nor a landline."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return ""
    compact = _NOISE.sub("", value)
    mobile = _MOBILE.fullmatch(compact.replace("-", ""))
    if mobile:
        return mobile.group(1)
    if _LANDLINE.fullmatch(compact):
        return compact
    return None
