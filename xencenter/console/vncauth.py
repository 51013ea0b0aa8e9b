"""VNC authentication's DES: the password as a key with each byte's bits mirrored (the VNC quirk).

Single DES is TripleDES with the key repeated three times (``cryptography`` keeps it in its decrepit module).
Used for the challenge response and for the password files ``vncpasswd`` writes."""

from __future__ import annotations

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes


def _cipher(key: bytes) -> Cipher:
    mirrored = bytes(int(f"{b:08b}"[::-1], 2) for b in key.ljust(8, b"\0")[:8])
    return Cipher(TripleDES(mirrored * 3), modes.ECB())


def vnc_auth_response(password: str, challenge: bytes) -> bytes:
    """DES-encrypt the 16-byte challenge with the password (its first 8 bytes) as key."""
    encryptor = _cipher(password.encode("utf-8")).encryptor()
    return encryptor.update(challenge) + encryptor.finalize()


def des_decrypt(key: bytes, data: bytes) -> bytes:
    """Undo the same DES (``vncpasswd`` obfuscates password files with a fixed key)."""
    decryptor = _cipher(key).decryptor()
    return decryptor.update(data) + decryptor.finalize()
