"""The lookup's fast paths give exactly what the plain library and Core paths give."""

from __future__ import annotations

import ipaddress
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from lawfulreq.db.models import UTCDateTime
from lawfulreq.services import lookup
from lawfulreq.services.prepared import _bind_processor, _result_processor

# Addresses with long zero runs, IPv4-mapped ones and plain random ones.
GROUPS = st.lists(
    st.one_of(st.just(0), st.just(0xFFFF), st.integers(0, 15), st.integers(0, 0xFFFF)),
    min_size=8,
    max_size=8,
)
IPV6 = st.one_of(
    GROUPS.map(lambda gs: sum(g << (112 - 16 * i) for i, g in enumerate(gs))),
    st.integers(0, 2**128 - 1),
    st.integers(0, 2**32 - 1).map(lambda v: 0xFFFF << 32 | v),
)


@settings(max_examples=500)
@given(IPV6)
def test_ipv6_candidate_texts_are_ipaddress_texts(value: int) -> None:
    ints = lookup._candidate_ints(value)
    expected = [ipaddress.IPv6Address(v).compressed for v in ints]
    assert lookup._candidate_texts(6, ints) == expected


@settings(max_examples=200)
@given(st.integers(0, 2**32 - 1))
def test_ipv4_candidate_texts_are_ipaddress_texts(value: int) -> None:
    ints = lookup._candidate_ints(value)
    expected = [ipaddress.IPv4Address(v).compressed for v in ints]
    assert lookup._candidate_texts(4, ints) == expected


def _statement_accepts(values: dict[str, object], ip: str, length: int) -> bool:
    """The IP statement's rule: ip IN (candidates) AND prefix_length <= that candidate's len."""
    slots = [name for name in values if name.startswith("ip")]
    for name in slots:
        if values[name] == ip:
            bound = values["len" + name[2:]]
            assert isinstance(bound, int)
            return length <= bound
    return False


# Each example runs SQL on a database: its time depends on the machine's load, not on the code.
@settings(max_examples=150, deadline=None)
@given(st.one_of(IPV6.map(lambda v: (v, 128)), st.integers(0, 2**32 - 1).map(lambda v: (v, 32))),
       st.data())  # fmt: skip
def test_ip_statement_finds_exactly_the_containing_prefixes(
    address: tuple[int, int], data: st.DataObject
) -> None:
    value, width = address
    query_length = data.draw(st.integers(0, width))
    make = ipaddress.IPv6Network if width == 128 else ipaddress.IPv4Network
    query = make((value, query_length), strict=False)
    slots, values, as_int = lookup.ip_values(query, None)
    assert slots in lookup.IP_SLOTS
    assert len([n for n in values if n.startswith("ip")]) == slots
    # Every stored network (normalised, as the importer stores them) whose text is a
    # candidate: the statement accepts it exactly when it contains the query.
    for text, candidate in as_int.items():
        for length in range(width + 1):
            stored = make((candidate, length), strict=False)
            if int(stored.network_address) != candidate:
                continue
            assert _statement_accepts(values, text, length) == (
                length <= query_length and query.subnet_of(stored)  # type: ignore[arg-type]
            )


def test_ip_values_pad_with_the_last_candidate() -> None:
    slots, values, as_int = lookup.ip_values(ipaddress.ip_network("10.0.0.3"), 443)
    # 10 is 0b1010: 8.0.0.0 is the network up to /6, 0.0.0.0 up to /4.
    assert list(as_int) == ["10.0.0.3", "10.0.0.2", "10.0.0.0", "8.0.0.0", "0.0.0.0"]
    assert slots == 8
    assert [values[f"ip{i}"] for i in range(8)] == [*as_int, *["0.0.0.0"] * 3]
    assert [values[f"len{i}"] for i in range(8)] == [32, 31, 30, 6, 4, 4, 4, 4]
    assert values["port"] == 443


UTC_TYPE = UTCDateTime()
SQLITE = sqlite.dialect()


def _core(kind: str) -> object:
    impl = UTC_TYPE.dialect_impl(SQLITE)
    return impl.bind_processor(SQLITE) if kind == "bind" else impl.result_processor(SQLITE, None)


@settings(max_examples=400)
@given(
    st.datetimes(
        min_value=datetime(2, 1, 1),
        max_value=datetime(9998, 12, 31),
        timezones=st.integers(-23 * 60, 23 * 60).map(lambda m: timezone(timedelta(minutes=m))),
    )
)
def test_sqlite_utc_datetimes_convert_as_core_does(moment: datetime) -> None:
    core_bind, core_result = _core("bind"), _core("result")
    fast_bind, fast_result = _bind_processor(UTC_TYPE, SQLITE), _result_processor(UTC_TYPE, SQLITE)
    assert callable(core_bind) and callable(core_result)
    assert fast_bind is not None and fast_result is not None
    text = fast_bind(moment)
    assert text == core_bind(moment)
    assert fast_result(text) == core_result(text) == moment
    assert fast_result(text).tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-20 09:00:00",
        "2026-11-20",
        "2026-11-20T09:00:00.500000",
        "2026-11-20 09:00:00.1+01:00",
    ],
)
def test_other_stored_texts_take_cores_path(text: str) -> None:
    fast = _result_processor(UTC_TYPE, SQLITE)
    core = _core("result")
    assert fast is not None and callable(core)
    assert fast(text) == core(text)


def test_bad_values_fail_as_core_fails() -> None:
    fast_bind, fast_result = _bind_processor(UTC_TYPE, SQLITE), _result_processor(UTC_TYPE, SQLITE)
    assert fast_bind is not None and fast_result is not None
    with pytest.raises(ValueError, match="naive"):
        fast_bind(datetime(2026, 1, 1))
    with pytest.raises(AttributeError):
        fast_bind(date(2026, 1, 1))
    with pytest.raises(ValueError):
        fast_result("2026-13-20 09:00:00.000000")


def test_other_backends_keep_cores_processors() -> None:
    dialect = postgresql.dialect()
    core = UTC_TYPE.dialect_impl(dialect).result_processor(dialect, None)
    assert _result_processor(UTC_TYPE, dialect).__class__ is core.__class__


def test_a_match_is_an_immutable_value_with_every_field_set() -> None:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    customer = lookup._Customer(7, "C7", "Anna", "person", False)
    window = lookup._Window(moment, moment + timedelta(days=1))
    match = lookup._match(
        customer,
        lookup._AddressPicker(window),
        window,
        via="number",
        number="+31612345678",
        service_type="mobile",
        valid=(moment, None),
        ported=("KPN", None),
        neighbours=("Bob (C6)", None),
    )
    rebuilt = match._replace()
    assert rebuilt == match and hash(rebuilt) == hash(match)
    assert match.as_json() == rebuilt.as_json() and "customer_key" not in match.as_json()
    assert (match.overlap_from, match.secret_number, match.ported_in_from) == (moment, True, "KPN")
    assert (match.street, match.previous_holder) == ("", "Bob (C6)")
    with pytest.raises(AttributeError):
        match.name = "x"  # type: ignore[misc]
