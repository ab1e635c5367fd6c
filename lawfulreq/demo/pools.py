"""Name, street, town and company pools made once with Faker (nl_NL), then combined at random."""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from lawfulreq.demo.identifiers import email_local, name_key

TRADES = (
    "Installatietechniek", "Bouw", "Transport", "Advies", "Bakkerij", "Schilders",
    "Tandartsenpraktijk", "Accountants", "Autobedrijf", "Makelaardij", "Hoveniers",
    "ICT", "Logistiek", "Kapsalon", "Fysiotherapie", "Administratiekantoor",
)  # fmt: skip
COMPANY_FORMATS = (
    "{a} {trade} B.V.",
    "{trade} {a}",
    "{a} & {b} V.O.F.",
    "{a} Holding B.V.",
    "{trade} {a} & Zn.",
)


@dataclass(frozen=True)
class NamePart:
    text: str
    key: str
    mail: str


@dataclass(frozen=True)
class Street:
    name: str
    town: str
    pc4: int


@dataclass(frozen=True)
class Pools:
    first_names: tuple[NamePart, ...]
    last_names: tuple[NamePart, ...]
    companies: tuple[NamePart, ...]
    streets: tuple[Street, ...]


def _parts(values: list[str]) -> tuple[NamePart, ...]:
    unique = sorted(set(values))
    return tuple(NamePart(v, name_key(v), email_local(v)) for v in unique)


def build_pools(seed: int, *, size: int = 1500) -> Pools:
    """A few thousand Faker calls; everything else combines these entries."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, no secret
    first = [fake.first_name() for _ in range(size)]
    last = [fake.last_name() for _ in range(size)]
    # Built from surnames and trade words: Faker's own company list holds real firms.
    companies = [
        rng.choice(COMPANY_FORMATS).format(
            a=fake.last_name(), b=fake.last_name(), trade=rng.choice(TRADES)
        )
        for _ in range(size)
    ]
    towns = sorted({fake.city() for _ in range(size // 3)})
    street_names = sorted({fake.street_name() for _ in range(size * 3)})
    pc4_used: set[int] = set()
    streets: list[Street] = []
    for index, street in enumerate(street_names):
        pc4 = rng.randrange(1000, 10000)
        while pc4 in pc4_used:
            pc4 = rng.randrange(1000, 10000)
        pc4_used.add(pc4)
        streets.append(Street(street, towns[index % len(towns)], pc4))
    return Pools(_parts(first), _parts(last), _parts(companies), tuple(streets))
