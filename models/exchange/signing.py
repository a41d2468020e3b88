"""Signed packages: each office signs what it sends, each receiver knows whose keys it trusts.

An office's database holds one Ed25519 signing key, made the first time it sends a package
(the ``cryptography`` package; the private key never leaves the file). A package's manifest
carries the public key and a signature over the manifest itself (which holds the hash of
the data and photos), so changing a figure, adding an approval or re-signing with another
key is detected.

The receiver keeps, per org unit, the public keys it trusts (``trusted_keys``). The first
package from a unit is trusted only when the user confirms its key's fingerprint (in the
window, or ``import-package --trust-new``), or after ``office-key trust FILE --org CODE``
with the key the unit sent by another way; a later package signed with another key is
refused, naming both fingerprints.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import TYPE_CHECKING

from models.clock import now_iso
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

ALGORITHM = "ed25519"


class SignatureError(UserError, ValueError):
    """A package that is unsigned, signed wrongly, or by a key not trusted for its unit."""


class UntrustedKey(SignatureError):
    """The first package from a unit: its key must be confirmed before it is trusted."""

    def __init__(self, unit_code: str, fingerprint: str):
        self.unit_code, self.fingerprint = unit_code, fingerprint
        super().__init__(f"Gói đầu tiên từ «{unit_code}»: khóa ký có dấu vân tay {fingerprint}; hãy đối chiếu "
                         "với đơn vị gửi rồi xác nhận tin cậy (import-package --trust-new)")


def fingerprint(public_key: bytes) -> str:
    """A key's short fingerprint to read aloud: 16 hex digits of its SHA-256, in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def _own_key(db: Database):
    """The office's signing key, made (in one transaction) the first time it is needed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    row = db.execute("SELECT private_key FROM signing_keys ORDER BY id LIMIT 1").fetchone()
    if row is not None:
        return Ed25519PrivateKey.from_private_bytes(row[0])
    key = Ed25519PrivateKey.generate()
    with db.atomic():
        db.execute("INSERT INTO signing_keys (private_key, public_key, created_at) VALUES (?, ?, ?)",
                   [_raw_private(key), _raw_public(key.public_key()), now_iso()])
    return key


def _raw_private(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _raw_public(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def own_public_key(db: Database) -> bytes:
    return _raw_public(_own_key(db).public_key())


def _signed_bytes(manifest: dict) -> bytes:
    return json.dumps({k: v for k, v in manifest.items() if k != "signature"}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(db: Database, manifest: dict) -> dict:
    """The manifest with its signature by this office's key."""
    key = _own_key(db)
    signature = key.sign(_signed_bytes(manifest))
    return {**manifest, "signature": {"algorithm": ALGORITHM,
                                      "public_key": base64.b64encode(_raw_public(key.public_key())).decode(),
                                      "value": base64.b64encode(signature).decode()}}


def verify(manifest: dict) -> bytes:
    """The public key that signed the manifest; SignatureError when unsigned or the signature fails."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    signed = manifest.get("signature")
    if not isinstance(signed, dict) or signed.get("algorithm") != ALGORITHM:
        raise SignatureError("Gói không có chữ ký số của đơn vị gửi: không nhập")
    try:
        public = base64.b64decode(signed["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(signed["value"], validate=True),
                                                          _signed_bytes(manifest))
    except (InvalidSignature, ValueError, KeyError, TypeError):
        raise SignatureError("Chữ ký số của gói không đúng (gói đã bị sửa sau khi ký): không nhập") from None
    return public


def check_trust(db: Database, unit_code: str, public_key: bytes, *, trust_new: bool = False) -> bool:
    """Whether the key is trusted for the unit: True when already trusted, or when the unit has
    none yet and ``trust_new`` confirms it (then the caller records it with :func:`trust`).
    UntrustedKey for a first key not confirmed; SignatureError for a key other than the trusted."""
    own = db.execute("SELECT public_key FROM signing_keys ORDER BY id LIMIT 1").fetchone()
    if own is not None and own[0] == public_key:
        return True  # this office's own package, read back
    print_ = fingerprint(public_key)
    known = [row[0] for row in db.execute(
        "SELECT t.fingerprint FROM trusted_keys t JOIN org_units u ON u.id = t.org_unit_id WHERE u.code = ?",
        [unit_code])]
    if print_ in known:
        return True
    if known:
        raise SignatureError(f"Gói của «{unit_code}» ký bằng khóa {print_}, khác khóa đã tin cậy "
                             f"({', '.join(known)}): không nhập")
    if not trust_new:
        raise UntrustedKey(unit_code, print_)
    return False


def trust(db: Database, unit_code: str, public_key: bytes) -> str:
    """Trust a key for a unit (recorded, and so in the audit log); returns its fingerprint."""
    from models import catalog

    unit = catalog.org_unit_by_code(db, unit_code)
    if unit is None:
        raise SignatureError(f"Đơn vị «{unit_code}» không có trong danh mục")
    print_ = fingerprint(public_key)
    db.execute("INSERT OR IGNORE INTO trusted_keys (org_unit_id, public_key, fingerprint, trusted_at) "
               "VALUES (?, ?, ?, ?)", [unit.id, public_key, print_, now_iso()])
    return print_


def export_public_key(db: Database) -> str:
    """This office's public key as one line of text, to send by another way than the packages."""
    return f"tttt-ed25519 {base64.b64encode(own_public_key(db)).decode()}"


def read_public_key(text: str) -> bytes:
    parts = text.strip().split()
    if len(parts) != 2 or parts[0] != "tttt-ed25519":
        raise SignatureError("Tệp khóa không đúng dạng (tttt-ed25519 …)")
    try:
        key = base64.b64decode(parts[1], validate=True)
    except ValueError:
        raise SignatureError("Tệp khóa không đúng dạng (tttt-ed25519 …)") from None
    if len(key) != 32:
        raise SignatureError("Tệp khóa không đúng dạng (tttt-ed25519 …)")
    return key
