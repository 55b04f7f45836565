"""Marks as machine-readable metadata, so re-marking and pre-flight read facts, not guesses.

The same keys go into a PDF's document info dictionary and XMP (namespace `miji`) and into a
DOCX's custom document properties.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.sax.saxutils import escape

MIJI_NS = "https://miji.example/ns/mark/1.0/"
KEYS = ("level", "period", "expiry", "registry", "copy_number", "recipient", "policy",
        "original_sha256", "marked_at", "scheme", "declassified")
INFO_PREFIX = "Miji"


def info_key(key: str) -> str:
    """PDF info dictionary name: `copy_number` becomes `MijiCopyNumber`."""
    return INFO_PREFIX + "".join(part.capitalize() for part in key.split("_"))


def to_xmp(values: Mapping[str, str]) -> str:
    fields = "".join(
        f"<miji:{key}>{escape(values[key])}</miji:{key}>" for key in KEYS if values.get(key)
    )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:miji="{MIJI_NS}">{fields}</rdf:Description>'
        "</rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


_XMP_FIELD = re.compile(r"<miji:([a-z_0-9]+)>([^<]*)</miji:\1>")


def from_xmp(xmp: str) -> dict[str, str]:
    """The miji fields of an XMP packet (empty when there are none)."""
    if MIJI_NS not in xmp:
        return {}
    from xml.sax.saxutils import unescape

    return {key: unescape(value) for key, value in _XMP_FIELD.findall(xmp) if key in KEYS}
