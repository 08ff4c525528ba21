"""Detached CMS signatures (RFC 5652, DER) over a batch's manifest, made and checked.

Made with `cryptography`'s PKCS#7 builder: SHA-256, the signer's certificate included, the
content left out (it is `manifest.json` beside the signature), so `openssl cms -verify
-binary -inform DER -in manifest.json.sig -content manifest.json -CAfile post.pem` accepts
it. Checked here with asn1crypto and cryptography, offline, against certificates the caller
trusts: a signature is never made the same twice (signing time, ECDSA), so a batch keeps
the one it was sent with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from kvisa_desk.pdf.signing import CertificateInfo, SigningKey, certificate_info, preload

_HASHES = {"sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def sign_detached(data: bytes, key: SigningKey) -> bytes:
    """A detached CMS signature of DATA by KEY, DER-encoded."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(key.certificate, key.private_key, hashes.SHA256())
    for other in key.chain:
        builder = builder.add_certificate(other)
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
    return bytes(builder.sign(serialization.Encoding.DER, options))


@dataclass(frozen=True)
class DetachedCheck:
    """Whether a detached signature matches its content, and who made it."""

    intact: bool
    problem: str = ""
    signer: CertificateInfo | None = None
    signer_der: bytes = b""


def _signer_certificate(signed_data: Any, signer_info: Any) -> Any:
    sid = signer_info["sid"]
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.issuer == wanted["issuer"]
                and cert.serial_number == wanted["serial_number"].native
            ):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _verify_raw(public_key: Any, signature: bytes, signed: bytes, algo: str, digest: str) -> None:
    """Raises InvalidSignature (or ValueError for an unknown algorithm) when it does not hold."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    chosen: hashes.HashAlgorithm = {
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }[digest]
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        public_key.verify(signature, signed, ec.ECDSA(chosen))
    elif isinstance(public_key, rsa.RSAPublicKey):
        if algo == "rsassa_pss":
            pss = padding.PSS(mgf=padding.MGF1(chosen), salt_length=padding.PSS.AUTO)
            public_key.verify(signature, signed, pss, chosen)
        else:
            public_key.verify(signature, signed, padding.PKCS1v15(), chosen)
    else:
        raise ValueError("only RSA and ECDSA signatures are checked")


def check_detached(signature: bytes, content: bytes) -> DetachedCheck:
    """Whether SIGNATURE (DER CMS) is an intact signature of CONTENT; never raises for bad
    input. Whom to trust is the caller's question: `signer` says who signed."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    # pyHanko (and asn1crypto.tsp) add CMS attribute names on import, but asn1crypto caches
    # the names the first time it parses one: parsed first, letters could no longer be signed.
    preload()
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(signature)
        if info["content_type"].native != "signed_data":
            return DetachedCheck(False, "the signature file is not a CMS signed-data structure")
        signed_data = info["content"]
        if signed_data["encap_content_info"]["content"].native is not None:
            return DetachedCheck(False, "the signature carries content: it must be detached")
        signer_infos = signed_data["signer_infos"]
        if len(signer_infos) != 1:
            return DetachedCheck(False, f"the signature has {len(signer_infos)} signers, not 1")
        signer_info = signer_infos[0]
        cert = _signer_certificate(signed_data, signer_info)
        if cert is None:
            return DetachedCheck(False, "the signature does not include its signer's certificate")
        digest = signer_info["digest_algorithm"]["algorithm"].native
        if digest not in _HASHES:
            return DetachedCheck(False, f"the signature uses digest {digest}, not SHA-2")
        attrs = signer_info["signed_attrs"]
        if not attrs:
            return DetachedCheck(False, "the signature has no signed attributes")
        found = {a["type"].native: a["values"][0].native for a in attrs}
        der = cert.dump()
        signer = certificate_info(der)
        if found.get("content_type") != "data":
            return DetachedCheck(False, "the signed content type is not data", signer, der)
        if found.get("message_digest") != _HASHES[digest](content).digest():
            return DetachedCheck(
                False, "manifest.json is not the file that was signed (it was changed)", signer, der
            )
        signed = b"\x31" + attrs.dump()[1:]  # the attributes as the SET OF that was signed
        algo = signer_info["signature_algorithm"].signature_algo
        public_key = x509.load_der_x509_certificate(der).public_key()
        _verify_raw(public_key, signer_info["signature"].native, signed, algo, digest)
    except InvalidSignature:
        return DetachedCheck(False, "the signature does not match what it claims to sign")
    except Exception as exc:  # asn1crypto raises many kinds on damaged input: all mean no
        return DetachedCheck(False, f"the signature file cannot be read ({type(exc).__name__})")
    return DetachedCheck(True, "", signer, der)


def issued_by(certificate_der: bytes, issuer_pem: str) -> bool:
    """Whether the certificate is the issuer's own or carries the issuer's signature."""
    from cryptography import x509

    try:
        issuer = x509.load_pem_x509_certificate(issuer_pem.encode("ascii"))
        cert = x509.load_der_x509_certificate(certificate_der)
        if cert == issuer:
            return True
        cert.verify_directly_issued_by(issuer)
    except Exception:  # not issued by it, whatever cryptography calls the reason
        return False
    return True
