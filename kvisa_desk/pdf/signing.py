"""Signing a decision letter with the post's certificate (PAdES, pyHanko), and checking one.

The signature is a PAdES B-B signature (ETSI.CAdES.detached, SHA-256) in an invisible
field named `KVisaLetter`, appended to the rendered PDF as an incremental update, so the
page content, the QR code and the /KVisaLetter metadata stay as rendered and any PDF reader
shows the file as signed. A key is kept as PKCS#12 (the certificate and its private key,
encrypted with a passphrase); `make_self_signed` makes one for a demo or a test.

`check_signature` validates with pyHanko against the certificates the caller trusts (the
ones its database recorded), never against anything fetched from the network.

pyHanko and cryptography are imported on first use: the window starts without them.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

__all__ = [
    "CertificateInfo",
    "SignatureCheck",
    "SigningKey",
    "certificate_info",
    "check_signature",
    "load_signing_key",
    "make_self_signed",
    "preload",
    "sign_pdf",
]

FIELD_NAME = "KVisaLetter"
SignatureStatus = Literal["valid", "invalid", "untrusted", "not signed"]
_MAX_PDF_BYTES = 50 * 1024 * 1024  # as letters.verify: a letter is ~40 kB


@dataclass(frozen=True)
class CertificateInfo:
    """What a certificate says about itself (all public)."""

    fingerprint: str  # SHA-256 of the DER certificate, lower-case hex
    subject: str  # "CN=..., O=..., C=..."
    common_name: str
    not_before: datetime
    not_after: datetime
    pem: str

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "subject": self.subject,
            "common_name": self.common_name,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
        }


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of checking a PDF's signature against the trusted certificates."""

    status: SignatureStatus
    detail: str
    signer: str | None = None
    signed_at: datetime | None = None
    fingerprint: str | None = None

    @property
    def valid(self) -> bool:
        return self.status == "valid"

    @property
    def signed(self) -> bool:
        return self.status != "not signed"

    def describe(self) -> str:
        """One phrase for a verification message: 'signature valid: signed by ... at ...'."""
        if self.status == "not signed":
            return "not signed"
        when = f" on {self.signed_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if self.signed_at else ""
        who = f"signed by {self.signer}{when}" if self.signer else "signed"
        if self.status == "valid":
            return f"signature valid: {who}"
        if self.status == "untrusted":
            return f"signature NOT TRUSTED: {who}, a certificate this database never recorded"
        return f"signature INVALID: {self.detail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "detail": self.detail,
            "signer": self.signer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "fingerprint": self.fingerprint,
        }


@dataclass
class SigningKey:
    """A loaded private key with its certificate; its pyHanko signer is made once."""

    info: CertificateInfo
    private_key: Any  # a cryptography private key
    certificate: Any  # a cryptography x509.Certificate
    chain: tuple[Any, ...] = ()  # other certificates from the PKCS#12 file
    _signer: Any = field(default=None, repr=False)

    def signer(self) -> Any:
        if self._signer is None:
            self._signer = _make_signer(self)
        return self._signer


def _name_text(name: Any) -> str:
    return ", ".join(f"{attr.rfc4514_attribute_name}={attr.value}" for attr in name)


def certificate_info(certificate: Any) -> CertificateInfo:
    """CertificateInfo of a cryptography certificate, or of PEM text / DER bytes."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    if isinstance(certificate, str):
        certificate = x509.load_pem_x509_certificate(certificate.encode("ascii"))
    elif isinstance(certificate, bytes | bytearray):
        data = bytes(certificate)
        if data.lstrip().startswith(b"-----BEGIN"):
            certificate = x509.load_pem_x509_certificate(data)
        else:
            certificate = x509.load_der_x509_certificate(data)
    der = certificate.public_bytes(serialization.Encoding.DER)
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return CertificateInfo(
        fingerprint=hashlib.sha256(der).hexdigest(),
        subject=_name_text(certificate.subject),
        common_name=str(names[0].value) if names else _name_text(certificate.subject),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        pem=certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    )


def make_self_signed(
    common_name: str,
    organisation: str,
    passphrase: bytes,
    *,
    days: int = 3650,
    now: datetime | None = None,
) -> bytes:
    """A new ECDSA P-256 key and a self-signed certificate for signing letters, as PKCS#12
    encrypted with PASSPHRASE. For demo and test databases; a post's real certificate comes
    from its certification authority and is imported."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    if not 1 <= days <= 36500:
        raise ValueError("a certificate is valid for 1 to 36,500 days")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or common_name[:64]),
        ]
    )
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)  # a clock a little behind
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        common_name[:64].encode("utf-8"),
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(passphrase),
    )


def load_signing_key(pkcs12_data: bytes, passphrase: bytes | None) -> SigningKey:
    """The key and certificate in a PKCS#12 file; ValueError (never naming the passphrase)
    when it is not PKCS#12, the passphrase is wrong, or it holds no key or no certificate."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, certificate, others = pkcs12.load_key_and_certificates(pkcs12_data, passphrase)
    except Exception:  # cryptography says "invalid password or PKCS12 data" in several ways
        raise ValueError("not a PKCS#12 file, or the passphrase is wrong") from None
    if key is None or certificate is None:
        raise ValueError("the PKCS#12 file holds no private key and certificate")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise ValueError("only RSA and ECDSA keys can sign letters")
    if _public_der(key.public_key()) != _public_der(certificate.public_key()):
        raise ValueError("the private key does not belong to the certificate")
    return SigningKey(certificate_info(certificate), key, certificate, tuple(others))


def _public_der(public_key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(
        public_key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def _der(certificate: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(certificate.public_bytes(serialization.Encoding.DER))


def _make_signer(key: SigningKey) -> Any:
    """A pyHanko signer that signs with the loaded key (its stock one parses the key again
    for every signature, which costs more than the signature itself for RSA)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def asn1_cert(cert: Any) -> Any:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    der_key = key.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    pyca_key = key.private_key

    digests: dict[str, hashes.HashAlgorithm] = {
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }

    class _LoadedKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            if digest_algorithm.lower() not in digests:
                return bytes(super().sign_raw(data, digest_algorithm))
            algorithm = digests[digest_algorithm.lower()]
            if isinstance(pyca_key, ec.EllipticCurvePrivateKey):
                return bytes(pyca_key.sign(data, ec.ECDSA(algorithm)))
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            if mechanism.signature_algo == "rsassa_pkcs1v15":
                return bytes(pyca_key.sign(data, padding.PKCS1v15(), algorithm))
            return bytes(super().sign_raw(data, digest_algorithm))

    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple([asn1_cert(c) for c in key.chain])
    return _LoadedKeySigner(
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        signing_cert=asn1_cert(key.certificate),
        cert_registry=store,
    )


def preload() -> None:
    """Import pyHanko now (about a second, once a process) rather than on first signing."""
    import pyhanko.pdf_utils.incremental_writer
    import pyhanko.sign.signers  # noqa: F401


def sign_pdf(pdf: bytes, key: SigningKey, *, reason: str, location: str = "") -> bytes:
    """PDF with a PAdES signature by KEY appended; ValueError when the certificate is not
    valid now (expired, or not yet valid)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.signers import PdfSignatureMetadata
    from pyhanko.sign.signers.functions import sign_pdf as hanko_sign

    now = datetime.now(UTC)
    if not key.info.not_before <= now <= key.info.not_after:
        raise ValueError(
            f"certificate {key.info.common_name!r} is valid from "
            f"{key.info.not_before:%Y-%m-%d} to {key.info.not_after:%Y-%m-%d}, not today"
        )
    meta = PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
    )
    from pyhanko.sign.general import SigningError

    # Room for the CMS container as hex: its certificates plus signed attributes and the
    # signature; reserving it saves pyHanko's trial signature (half the signing time).
    reserved = 2 * (2048 + sum(len(_der(c)) for c in (key.certificate, *key.chain)))
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = hanko_sign(writer, meta, signer=key.signer(), bytes_reserved=reserved)
    except SigningError:  # an unusually large container: let pyHanko measure it
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = hanko_sign(writer, meta, signer=key.signer())
    return bytes(out.getvalue())


def _asn1_trust(pem_certificates: list[str]) -> list[Any]:
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509

    roots = []
    for text in pem_certificates:
        _kind, _headers, der = asn1_pem.unarmor(text.encode("ascii"))
        roots.append(asn1_x509.Certificate.load(der))
    return roots


def check_signature(pdf: bytes, trusted_pem: list[str]) -> SignatureCheck:
    """Whether PDF carries a signature, and whether it is intact, covers the whole file and
    was made with one of the TRUSTED certificates (PEM). Never raises for bad input."""
    data = bytes(pdf)
    if len(data) > _MAX_PDF_BYTES or b"/ByteRange" not in data:
        return SignatureCheck("not signed", "the file carries no signature")
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    quiet = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:  # a damaged file is an answer (invalid), not a warning in the log
        logger.setLevel(logging.CRITICAL)
    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
        if not signatures:
            return SignatureCheck("not signed", "the file carries no signature")
        embedded = signatures[-1]
        cert = embedded.signer_cert
        info = certificate_info(cert.dump()) if cert is not None else None
        context = ValidationContext(trust_roots=_asn1_trust(trusted_pem), allow_fetching=False)
        status = validate_pdf_signature(embedded, context)
    except Exception as exc:  # pyHanko raises many kinds on a changed file: all mean invalid
        return SignatureCheck("invalid", f"the signature does not match the file ({exc})")
    finally:
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)
    signer = info.common_name if info else None
    fingerprint = info.fingerprint if info else None
    when = status.signer_reported_dt
    if not (status.intact and status.valid):
        return SignatureCheck(
            "invalid", "the file was changed after it was signed", signer, when, fingerprint
        )
    if not status.trusted:
        return SignatureCheck(
            "untrusted", "signed with an unknown certificate", signer, when, fingerprint
        )
    if not status.bottom_line:  # intact and trusted, but something was added after signing
        return SignatureCheck(
            "invalid", "the file was changed after it was signed", signer, when, fingerprint
        )
    return SignatureCheck("valid", "intact and signed", signer, when, fingerprint)
