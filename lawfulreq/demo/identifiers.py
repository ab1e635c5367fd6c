"""Valid synthetic identifiers (numbers, SIM, IMEI, IBAN, postcode, IP), unique by construction."""

from __future__ import annotations

import ipaddress
import random

from lawfulreq.domain.identifiers import fold_name

# Mobile ranges 061-065 and 068 (domain brief, section 5): the digit after the 6.
MOBILE_BLOCKS = ("1", "2", "3", "4", "5", "8")
# Geographic area codes with two digits; the subscriber part then has seven digits.
AREA_CODES = (
    "10", "13", "15", "20", "23", "24", "26", "30", "33", "35",
    "36", "38", "40", "43", "45", "46", "50", "53", "55", "58",
    "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
)  # fmt: skip
# Postcode letters in use; SA, SD and SS are never issued.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
FORBIDDEN_POSTCODE_PAIRS = frozenset({"SA", "SD", "SS"})
POSTCODE_PAIRS = tuple(
    a + b
    for a in POSTCODE_LETTERS
    for b in POSTCODE_LETTERS
    if a + b not in FORBIDDEN_POSTCODE_PAIRS
)
BANK_CODES = ("INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB")
# The demo provider's mobile network code under MCC 204 (a code stdnum knows, so IMSIs validate).
HOME_MCC_MNC = "20428"
ICCID_PREFIX = "893128"  # 89 telecom, 31 the Netherlands, 28 the issuer
# Type allocation codes of common handsets; the serial and Luhn digit are synthetic.
TACS = (
    "35328111", "35391110", "35467011", "35290611", "86769204",
    "35160910", "35823610", "35413311", "86530405", "35944210",
)  # fmt: skip
# More type allocation codes, used only once the first ten's 10,000,000 IMEIs are spent (a
# 10,000,000-customer demo has more handsets than that); the smaller demos never reach them.
EXTRA_TACS = (
    "35209900", "35332509", "35407115", "35474009", "35538110",
    "35592410", "35665010", "35714208", "35780111", "35834909",
    "35876310", "35922509", "35956911", "86012304", "86154705",
    "86283004", "86391205", "86446704", "86581805", "86690104",
)  # fmt: skip
# Addresses reserved for documentation and benchmarks: synthetic data never names a real user.
IPV4_POOL = ipaddress.IPv4Network("198.18.0.0/15")
IPV4_BASE = int(IPV4_POOL.network_address)
IPV6_BASE = int(ipaddress.IPv6Network("2001:db8::/32").network_address)
CGNAT_SHARE = 64
CGNAT_FIRST_PORT = 1024
CGNAT_BLOCK = (65536 - CGNAT_FIRST_PORT) // CGNAT_SHARE
# The pool's lower half holds the current mappings (64 * 65,536 = 4,194,304), the upper half
# the earlier ones, counted upwards. Past 4,194,304 current mappings (demos of over about 4.3
# million customers; the smaller ones never get there) the rest share an address by 256,
# 252 ports each, in addresses taken from the top of the pool downwards.
CGNAT_CURRENT = CGNAT_SHARE * 65536
CGNAT_DENSE_SHARE = 256
CGNAT_DENSE_BLOCK = (65536 - CGNAT_FIRST_PORT) // CGNAT_DENSE_SHARE


class Permutation:
    """A bijection of range(size) that looks random: i -> (i * step + offset) % size."""

    def __init__(self, size: int, rng: random.Random) -> None:
        self.size = size
        step = rng.randrange(size // 3, size - 1) | 1
        while _gcd(step, size) != 1:
            step += 2
        self.step = step
        self.offset = rng.randrange(size)

    def __call__(self, index: int) -> int:
        if index >= self.size:
            raise ValueError(f"identifier space of {self.size} exhausted")
        return (index * self.step + self.offset) % self.size


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def mobile_number(index: int) -> str:
    """E.164 for the index-th mobile number (0 <= index < 6 * 10**7)."""
    block, rest = divmod(index, 10_000_000)
    return f"+316{MOBILE_BLOCKS[block]}{rest:07d}"


MOBILE_SPACE = len(MOBILE_BLOCKS) * 10_000_000


def geographic_number(index: int) -> str:
    """E.164 fixed-line number; the local part never starts with 0 or 1."""
    area, rest = divmod(index, 8_000_000)
    return f"+31{AREA_CODES[area]}{2_000_000 + rest:07d}"


GEOGRAPHIC_SPACE = len(AREA_CODES) * 8_000_000


def nongeographic_number(prefix: str, index: int) -> str:
    """085 (location independent) or 088 (company) numbers."""
    return f"+31{prefix}{1_000_000 + index:07d}"


NONGEOGRAPHIC_SPACE = 9_000_000


# Luhn with tables: a digit's contribution depends only on its value and its place's parity.
_LUHN_DOUBLED = tuple(sum(divmod(2 * d, 10)) for d in range(10))
_LUHN_PAIRS: dict[str, int] = {
    f"{a}{b}": a + _LUHN_DOUBLED[b] for a in range(10) for b in range(10)
}  # the right digit of a pair is the doubled one


def luhn_check_digit(body: str) -> str:
    """The Luhn digit to append to `body` (stdnum.luhn.calc_check_digit, without its overhead)."""
    total = 0
    # The appended digit makes the body's last digit, and every second one before it, doubled.
    if len(body) % 2:
        total = _LUHN_DOUBLED[ord(body[0]) - 48]
        body = body[1:]
    pairs = _LUHN_PAIRS
    for index in range(0, len(body), 2):
        total += pairs[body[index : index + 2]]
    return str((10 - total % 10) % 10)


def _luhn_total(body: str) -> int:
    """The Luhn sum of `body` as the digit appended to it will see it (its last digit doubled)."""
    digits = [ord(c) - 48 for c in reversed(body)]
    return sum(_LUHN_DOUBLED[d] if i % 2 == 0 else d for i, d in enumerate(digits))


# Three digits' share of the sum by their place: ending on a doubled place (the body's last
# digit and every second one from it) or on a plain one. A serial splits into such groups.
_LUHN_ENDS_DOUBLED = tuple(_luhn_total(f"{v:03d}") for v in range(1000))
_LUHN_ENDS_PLAIN = tuple(_luhn_total(f"{v:03d}0") for v in range(1000))
_ICCID_PREFIX_TOTAL = _luhn_total(ICCID_PREFIX + "0" * 12)


def iccid(serial: int) -> str:
    """ICCID_PREFIX, the 12-digit serial, the Luhn digit (luhn_check_digit of the two)."""
    rest, a = divmod(serial, 1000)
    rest, b = divmod(rest, 1000)
    d, c = divmod(rest, 1000)
    total = (
        _ICCID_PREFIX_TOTAL
        + _LUHN_ENDS_DOUBLED[a]
        + _LUHN_ENDS_PLAIN[b]
        + _LUHN_ENDS_DOUBLED[c]
        + _LUHN_ENDS_PLAIN[d]
    )
    return f"{ICCID_PREFIX}{serial:012d}{(10 - total % 10) % 10}"


def imsi(msin: int) -> str:
    return f"{HOME_MCC_MNC}{msin:010d}"


_ALL_TACS = TACS + EXTRA_TACS
# Each code's share of the Luhn sum of a 14-digit body (its serial's six digits after it).
_TAC_TOTALS = tuple(_luhn_total(tac + "000000") for tac in _ALL_TACS)


def imei(tac_index: int, serial: int) -> str:
    """The IMEI of a serial under the tac_index-th code: TACS first, then EXTRA_TACS; the
    Luhn digit as luhn_check_digit(code + serial) gives it, from tables."""
    index = tac_index % len(_ALL_TACS)
    high, low = divmod(serial, 1000)
    total = _TAC_TOTALS[index] + _LUHN_ENDS_DOUBLED[low] + _LUHN_ENDS_PLAIN[high]
    return f"{_ALL_TACS[index]}{serial:06d}{(10 - total % 10) % 10}"


def _letters_value(letters: str) -> int:
    return int("".join(str(ord(c) - 55) for c in letters))


_BANK_VALUES = {bank: _letters_value(bank) for bank in BANK_CODES}
_NL00 = _letters_value("NL") * 100


def iban(bank: str, account: int) -> str:
    """ISO 13616 mod-97 check digits: bank letters and account, then 'NL00', as one number."""
    rearranged = (_BANK_VALUES[bank] * 10**10 + account) * 10**6 + _NL00
    return f"NL{98 - rearranged % 97:02d}{bank}{account:010d}"


def postcode(pc4: int, pair_index: int) -> str:
    """Compact form, e.g. 1234AB; pc4 in 1000..9999."""
    return f"{pc4}{POSTCODE_PAIRS[pair_index % len(POSTCODE_PAIRS)]}"


def cgnat_slot(slot: int) -> tuple[str, int, int]:
    """The public IPv4 address and port range of a CGNAT slot; 64 subscribers share one address."""
    address, block = divmod(slot, CGNAT_SHARE)
    value = IPV4_BASE + address
    if value > int(IPV4_POOL.broadcast_address):
        raise ValueError("CGNAT address pool exhausted")
    start = CGNAT_FIRST_PORT + block * CGNAT_BLOCK
    text = f"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}"
    return text, start, start + CGNAT_BLOCK - 1


def cgnat_current_slot(slot: int, history_used: int) -> tuple[str, int, int]:
    """The address and ports of the slot-th current mapping; `history_used` earlier mappings
    are taken from the upper half (an overlap with them raises, like an exhausted pool)."""
    if slot < CGNAT_CURRENT:
        return cgnat_slot(slot)
    back, block = divmod(slot - CGNAT_CURRENT, CGNAT_DENSE_SHARE)
    address = 2 * 65536 - 1 - back
    if address <= 65536 + (history_used - 1) // CGNAT_SHARE:
        raise ValueError("CGNAT address pool exhausted")
    value = IPV4_BASE + address
    start = CGNAT_FIRST_PORT + block * CGNAT_DENSE_BLOCK
    text = f"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}"
    return text, start, start + CGNAT_DENSE_BLOCK - 1


def ipv6_prefix(index: int, length: int) -> str:
    """The index-th /length prefix inside 2001:db8::/32 (length 48 or 56), compressed form
    (as str(ipaddress.IPv6Address) writes it)."""
    value = IPV6_BASE | (32768 | index) << 80 if length == 48 else IPV6_BASE | index << 72
    if value >> 96 == IPV6_BASE >> 96 and not value & (1 << 64) - 1:
        # 2001:db8:a:b:: with the lower 64 bits zero: those four zero groups are the longest
        # run (before them only a and b can be zero), so they become the "::".
        third, fourth = (value >> 80) & 0xFFFF, (value >> 64) & 0xFFFF
        if fourth:
            return f"2001:db8:{third:x}:{fourth:x}::"
        return f"2001:db8:{third:x}::" if third else "2001:db8::"
    return str(ipaddress.IPv6Address(value))


def name_key(text: str) -> str:
    """What name searches compare: the one folding the importer and the lookup use too."""
    return fold_name(text)


def email_local(text: str) -> str:
    """An ASCII e-mail local part made from a name."""
    return ".".join(name_key(text).encode("ascii", "ignore").decode().split())
