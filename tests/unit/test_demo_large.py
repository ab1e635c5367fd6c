"""The large-build path (forked generator, memory journal, name words written with the
customers) gives the same rows as the small one; the table-driven identifiers match the
plain ones."""

from __future__ import annotations

import ipaddress
import random
import sys
from pathlib import Path

import pytest
from stdnum import luhn

from lawfulreq.demo import builder, create_demo_database
from lawfulreq.demo import identifiers as ids
from lawfulreq.importers.writers import rebuild_name_tokens
from tests.unit.test_demo import PASSWORD, _table_digest


def _old_iccid(serial: int) -> str:
    body = f"{ids.ICCID_PREFIX}{serial:012d}"
    return body + luhn.calc_check_digit(body)


def _old_imei(tac_index: int, serial: int) -> str:
    tacs = ids.TACS + ids.EXTRA_TACS
    body = f"{tacs[tac_index % len(tacs)]}{serial:06d}"
    return body + luhn.calc_check_digit(body)


def _old_ipv6_prefix(index: int, length: int) -> str:
    base = ids.IPV6_BASE
    value = base | (32768 | index) << 80 if length == 48 else base | index << 72
    return str(ipaddress.IPv6Address(value))


def test_table_identifiers_match_the_plain_ones() -> None:
    rng = random.Random(18)
    serials = [*range(1200), *(rng.randrange(10**12) for _ in range(5000)), 10**12 - 1]
    assert all(ids.iccid(s) == _old_iccid(s) for s in serials)
    for tac in range(len(ids.TACS) + len(ids.EXTRA_TACS)):
        serials = [*range(1100), *(rng.randrange(10**6) for _ in range(500)), 10**6 - 1]
        assert all(ids.imei(tac, s) == _old_imei(tac, s) for s in serials)
    indexes = [*range(70_000), *(rng.randrange(1 << 24) for _ in range(5000))]
    indexes += [k * 256 for k in range(3000)] + [k << 8 for k in range(1 << 16, (1 << 16) + 300)]
    assert all(ids.ipv6_prefix(i, 56) == _old_ipv6_prefix(i, 56) for i in indexes)
    assert all(ids.ipv6_prefix(i, 48) == _old_ipv6_prefix(i, 48) for i in range(32768))


@pytest.mark.skipif(sys.platform != "linux", reason="the forked generator runs on Linux")
def test_large_path_writes_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = {"subscribers": 3000, "cases": 20, "usage_per_customer": 2}
    small, _ = create_demo_database(str(tmp_path / "small.db"), password=PASSWORD, **sizes)
    expected = _table_digest(small)
    # The name words as the importer's own rebuild makes them from the stored names.
    with small.db.engine.begin() as conn:
        rebuild_name_tokens(conn)
    rebuilt = _table_digest(small)
    small.close()
    assert rebuilt["customer_name_token"] == expected["customer_name_token"]

    monkeypatch.setattr(builder, "LARGE_FROM", 1)
    large, _ = create_demo_database(str(tmp_path / "large.db"), password=PASSWORD, **sizes)
    try:
        assert _table_digest(large) == expected
        with large.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        large.close()
