"""A learner's optional PIN, stored only as a slow salted scrypt hash."""

import hashlib
import hmac
import re
import secrets

_N, _R, _P = 2**14, 8, 1
_PIN = re.compile(r"^\d{4}$")


def is_valid_pin(pin: str) -> bool:
    return bool(_PIN.match(pin))


def hash_pin(pin: str) -> str:
    if not is_valid_pin(pin):
        raise ValueError("A PIN is exactly four digits.")
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(actual, bytes.fromhex(digest))


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
