"""Who sent a letter, reduced to what stays the same from one letter of a person to the next.

A person writes again in another layout, on another channel, with a title or without, and OCR misreads
a digit now and then; what stays is the NIK, the phone number (E.164), the e-mail address, and the name
as people compare names: without honorifics, ranks, religious and academic titles, in any word order.

:class:`Identity` holds those values for one letter. Its :meth:`Identity.index_keys` are what the identity
index (:mod:`sipdumas.detection.index`) stores, so that every earlier letter of the same person is a
candidate whatever its text: one key per NIK, phone and e-mail, and the name twice, alone and with the
region (the province, from the NIK or the regency), so a common name is looked up first where the
person lives. Keys are 64-bit hashes, like the LSH band keys, because the index only ever asks "which
letters share this value" and never needs the value back (the letters' own rows hold it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from hashlib import blake2b

from sipdumas.domain.regencies import REGENCIES
from sipdumas.domain.regions import PROVINCES

#: Words that are not part of a person's name as people compare names: forms of address, ranks,
#: religious and noble titles, academic degrees (their pieces once the dots are gone), and the words
#: of a signature block. Titles are the person's own when written, but two letters of one person write
#: them differently ("Drs. H. Syamsudin Noor" and "Syamsudin Noor").
_NAME_NOISE_TEXT = """
    bapak bpk pak ibu bu sdr sdri saudara saudari ny nyonya tn tuan nn nona kak mas mbak
    h hj haji hajjah hajah hi kh ustadz ustad ust habib dg daeng
    drs dra dr ir prof st sh se sp spd mpd pd mm mh mt msi si ssi ssos sos skom kom sag ag shut hut
    sip ip skm km skep kep sked ked sfarm farm amd md sth th spdi pdi ak mba mkes kes ssi sst mag
    purnawirawan purn pensiunan pns tni polri alm almarhum almarhumah
    letkol kolonel kol mayor kapten kpt lettu letda serma sertu serda pelda peltu kopda koptu praka
    pratu aiptu aipda bripka brigpol bripda briptu kompol akbp akp iptu ipda
    ketua sekretaris bendahara koordinator kuasa hukum an atas nama hormat saya kami ttd
"""
NAME_NOISE = frozenset(_NAME_NOISE_TEXT.split())
#: Spellings that stand for the same given name.
NAME_ALIASES = {
    "moh": "muhammad",
    "muh": "muhammad",
    "mohd": "muhammad",
    "mochamad": "muhammad",
    "mohammad": "muhammad",
    "mohamad": "muhammad",
    "muhamad": "muhammad",
    "mhd": "muhammad",
    "achmad": "ahmad",
    "akhmad": "ahmad",
}

_NOT_LETTERS = re.compile(r"[^a-z]+")
_REGENCY_KIND = re.compile(r"^(?:kabupaten|kab|kota|kotamadya|kodya|adm|administrasi)\s+")


def _ascii_lower(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.lower()


@lru_cache(maxsize=8192)
def comparable_name(name: str | None) -> str | None:
    """``name`` as people compare names: lower case, letters only, without titles, degrees and forms of
    address, the words in alphabetical order ("Drs. H. Syamsudin Noor, M.Si." -> "noor syamsudin").
    None when nothing of a name is left. Degrees after a comma are cut off whole."""
    if not name:
        return None
    head = _ascii_lower(name).split(",")[0]
    words = []
    for word in _NOT_LETTERS.sub(" ", head.replace(".", ". ")).split():
        word = NAME_ALIASES.get(word, word)
        if len(word) > 1 and word not in NAME_NOISE:
            words.append(word)
    return " ".join(sorted(words)) or None


def _build_regency_provinces() -> dict[str, str]:
    """Regency or city name without its kind ("semarang") -> province code, for names that are in one
    province only (Kota and Kabupaten Semarang both are in 33)."""
    seen: dict[str, set[str]] = {}
    for code, full in REGENCIES.items():
        bare = _REGENCY_KIND.sub("", _ascii_lower(full)).strip()
        seen.setdefault(bare, set()).add(code[:2])
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


_REGENCY_PROVINCE = _build_regency_provinces()
_PROVINCE_CODE = {_ascii_lower(name): code for code, name in PROVINCES.items()}


@lru_cache(maxsize=8192)
def region_code(
    *, nik: str | None = None, regency: str | None = None, province: str | None = None
) -> str | None:
    """The two-digit province code of where the sender lives: from the NIK, else from the regency or city
    name, else from the province name; None when none of them says."""
    if nik and len(nik) >= 2 and nik[:2] in PROVINCES:
        return nik[:2]
    if regency:
        bare = _REGENCY_KIND.sub("", " ".join(_ascii_lower(regency).replace(".", " ").split())).strip()
        if bare in _REGENCY_PROVINCE:
            return _REGENCY_PROVINCE[bare]
    if province:
        return _PROVINCE_CODE.get(" ".join(_ascii_lower(province).split()))
    return None


@lru_cache(maxsize=8192)
def comparable_address(address: str | None) -> str | None:
    """Lower-case letters and digits of an address, one space apart (for a fuzzy comparison)."""
    if not address:
        return None
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", _ascii_lower(address)).split())
    return folded or None


@dataclass(frozen=True)
class Identity:
    """The sender of one letter in comparable form (see the module docstring); every field may be None.
    Its keys are worked out once (an import hashes hundreds of thousands, in its worker processes)."""

    name: str | None = None  # comparable_name
    nik: str | None = None
    phone: str | None = None  # E.164
    email: str | None = None  # lower case
    region: str | None = None  # province code
    address: str | None = None  # comparable_address

    @classmethod
    def of(
        cls,
        *,
        name: str | None = None,
        nik: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        address: str | None = None,
        regency: str | None = None,
        province: str | None = None,
    ) -> Identity:
        """From a letter's sender as stored (NIK digits, phone in E.164, as the register keeps them)."""
        return cls(
            name=comparable_name(name),
            nik=nik or None,
            phone=phone or None,
            email=(email or "").strip().lower() or None,
            region=region_code(nik=nik, regency=regency, province=province),
            address=comparable_address(address),
        )

    def __getstate__(self) -> dict:
        # pickled without its keys (worked out again if asked for): an import's workers send them
        # beside it, and the storing process loads hundreds of thousands of identities
        state = dict(self.__dict__)
        state.pop("keyed", None)
        return state

    @property
    def empty(self) -> bool:
        """No name, NIK, phone or e-mail: nobody to group letters by."""
        return not (self.name or self.nik or self.phone or self.email)

    @cached_property
    def keyed(self) -> tuple[tuple[str, int], ...]:
        """(kind, index key) of this sender's values, NIK first."""
        return tuple((kind, key_of(kind, value)) for kind, value in self.labelled_keys())

    def index_keys(self) -> list[int]:
        """The identity index keys of this sender (see the module docstring)."""
        return [key for _kind, key in self.keyed]

    def labelled_keys(self) -> list[tuple[str, str]]:
        out = []
        if self.nik:
            out.append(("nik", self.nik))
        if self.phone:
            out.append(("phone", self.phone))
        if self.email:
            out.append(("email", self.email))
        if self.name:
            out.append(("name", self.name))
            if self.region:
                out.append(("name@region", f"{self.name}@{self.region}"))
        return out

    def strong_index_keys(self) -> list[int]:
        """The keys that by themselves point at one person (NIK, phone, e-mail), not the name keys."""
        return [key for kind, key in self.keyed if kind in STRONG_KINDS]


#: Key kinds that by themselves point at one person; a name is shared by many.
STRONG_KINDS = frozenset({"nik", "phone", "email"})


def key_of(kind: str, value: str) -> int:
    """A signed 64-bit key (fits SQLite INTEGER and PostgreSQL BIGINT) for one identity value."""
    digest = blake2b(f"{kind}:{value}".encode(), digest_size=8, person=b"identity").digest()
    return int.from_bytes(digest, "little", signed=True)
