"""Customers with addresses, numbers, SIMs, devices, IP and usage rows, streamed in batches."""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import pickle
import random
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection

from sqlalchemy import Table

from lawfulreq.db.models import Base
from lawfulreq.demo import identifiers as ids
from lawfulreq.demo.bulk import BackgroundInserts, Batch, BulkWriter, Row, TimeText, stand_ins
from lawfulreq.demo.pools import Pools
from lawfulreq.importers.fields import folded_tokens

DAY = 86400
BATCH = 20_000
# Usage spreads over four months: the last one lies beyond the 3-month retention.
USAGE_WINDOW_DAYS = 122
# Operators numbers are ported from and to (COIN); the demo provider itself is fictional.
OTHER_OPERATORS = ("KPN", "Vodafone", "Odido", "Ziggo", "Lebara", "Simyo", "Youfone", "Lycamobile")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example")
SUFFIXES = ("A", "B", "C", "bis", "1", "2", "3", "H")
VOICE_TYPES = ("mobile", "fixed", "voip", "cloud_pbx")

CUSTOMER_COLUMNS = (
    "id", "customer_ref", "kind", "name", "name_key", "email", "kvk", "iban",
    "contract_start", "contract_end", "directory_listed", "imported_at", "row_hash",
)  # fmt: skip
ADDRESS_COLUMNS = (
    "id", "customer_id", "street", "house_number", "house_number_suffix", "postcode",
    "town", "country", "valid_from", "valid_to",
)  # fmt: skip
NUMBER_COLUMNS = (
    "id", "number", "customer_id", "service_type", "valid_from", "valid_to",
    "ported_in_from", "ported_out_to",
)  # fmt: skip
SIM_COLUMNS = ("id", "iccid", "imsi", "customer_id", "number", "valid_from", "valid_to")
DEVICE_COLUMNS = ("id", "imei", "imsi", "first_seen", "last_seen")
IP_COLUMNS = (
    "id", "ip", "prefix_length", "port_start", "port_end", "customer_id", "valid_from", "valid_to",
)  # fmt: skip
USAGE_COLUMNS = (
    "id", "start_time", "duration_s", "a_number", "b_number", "direction", "service_type",
    "imsi", "imei", "cell_id",
)  # fmt: skip

BULK_TABLES: tuple[Table, ...] = tuple(
    Base.metadata.tables[name]
    for name in (
        "customer",
        "customer_address",
        "number_assignment",
        "sim_card",
        "device_observation",
        "ip_assignment",
        "usage_record",
    )
)
# The name-search words (what importers.writers.rebuild_name_tokens would make from the
# stored names afterwards), written with the customers instead of read back and folded later.
NAME_TOKEN_TABLE: Table = Base.metadata.tables["customer_name_token"]
NAME_TOKEN_COLUMNS = ("customer_id", "token", "words")
# Every table the generator writes: the bulk tables and the name words.
WRITTEN_TABLES: tuple[Table, ...] = (*BULK_TABLES, NAME_TOKEN_TABLE)
BULK_COLUMNS: dict[str, tuple[str, ...]] = {
    "customer_name_token": NAME_TOKEN_COLUMNS,
    "customer": CUSTOMER_COLUMNS,
    "customer_address": ADDRESS_COLUMNS,
    "number_assignment": NUMBER_COLUMNS,
    "sim_card": SIM_COLUMNS,
    "device_observation": DEVICE_COLUMNS,
    "ip_assignment": IP_COLUMNS,
    "usage_record": USAGE_COLUMNS,
}

Progress = Callable[[str, int, int], None]


@dataclass
class SampleNumber:
    number: str
    service_type: str
    valid_from: int
    valid_to: int | None
    ported_out_to: str | None


@dataclass
class SampleCustomer:
    """What the case generator needs to name real targets: one customer's identifiers."""

    id: int
    ref: str
    kind: str
    name: str
    email: str | None
    iban: str | None
    postcode: str
    house_number: str
    contract_end: int | None
    numbers: list[SampleNumber] = field(default_factory=list)
    sims: list[tuple[str, str]] = field(default_factory=list)
    imeis: list[str] = field(default_factory=list)
    ipv4: list[tuple[str, int, int, int, int | None]] = field(default_factory=list)
    ipv6: list[str] = field(default_factory=list)


@dataclass
class SubscriberResult:
    counts: dict[str, int]
    samples: list[SampleCustomer]
    name_tokens: int = 0


class FastRandom(random.Random):
    """random.Random with cheap integer draws (randrange costs several times more)."""

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """low <= result < high."""
        return low + int(self.random() * (high - low))


class _Counters:
    def __init__(self) -> None:
        self.address = 0
        self.number = 0
        self.sim = 0
        self.device = 0
        self.ip = 0
        self.usage = 0
        self.mobile = 0
        self.geographic = 0
        self.voip = 0
        self.pbx = 0
        self.iccid = 0
        self.imsi = 0
        self.imei = 0
        self.cgnat = 0
        self.cgnat_history = 0
        self.v6_56 = 0
        self.v6_48 = 0
        self.kvk = 0
        self.account = 0


class SubscriberGenerator:
    """Generates and writes every subscriber table for `count` customers from one seed."""

    def __init__(
        self,
        writer: BulkWriter,
        pools: Pools,
        *,
        seed: int,
        now_ts: int,
        usage_per_customer: int,
    ) -> None:
        self._writer = writer
        self._pools = pools
        self._rng = FastRandom(seed)
        rng = self._rng
        self._now = now_ts
        self._usage = usage_per_customer
        self._time = TimeText()
        self._c = _Counters()
        self._mobile_perm = ids.Permutation(ids.MOBILE_SPACE, rng)
        self._geo_perm = ids.Permutation(ids.GEOGRAPHIC_SPACE, rng)
        self._voip_perm = ids.Permutation(ids.NONGEOGRAPHIC_SPACE, rng)
        self._pbx_perm = ids.Permutation(ids.NONGEOGRAPHIC_SPACE, rng)
        self._iccid_perm = ids.Permutation(10**12, rng)
        self._imsi_perm = ids.Permutation(10**10, rng)
        self._imei_perm = ids.Permutation(10**6 * len(ids.TACS), rng)
        self._extra_imei_perm: ids.Permutation | None = None
        self._kvk_perm = ids.Permutation(90_000_000, rng)
        self._account_perm = ids.Permutation(10**10, rng)
        self._recycled: deque[tuple[str, int]] = deque()
        self._first_day = date(2008, 1, 1).toordinal() - date(1970, 1, 1).toordinal()
        self._rows: dict[str, list[Row]] = {t.name: [] for t in WRITTEN_TABLES}
        self._words: dict[str, tuple[str, ...]] = {}
        self._tokens = 0
        self._samples: list[SampleCustomer] = []
        # NULL and booleans as the writer binds them fastest (same stored values).
        self._null, self._flags = stand_ins(writer.dialect)

    # ------------------------------------------------------------------ driving

    def run(
        self, count: int, progress: Progress | None, *, parallel: bool = False
    ) -> SubscriberResult:
        """Generate `count` customers and write them; `parallel`: generate in a forked
        process while this one only writes (same rows in the same order; Linux only, else
        the writes go to a thread as without it)."""
        if parallel and "fork" in multiprocessing.get_all_start_methods():
            return self._run_forked(count, progress)
        inserts = BackgroundInserts(self._writer)
        try:
            for done, batch in self._batches(count):
                inserts.submit(batch)
                if progress is not None and done < count:
                    progress("subscribers", done, count)
        finally:
            inserts.close()
        return self._result(count, progress)

    def _batches(self, count: int) -> Iterator[tuple[int, Batch]]:
        """The rows of every BATCH customers, with how many customers they complete."""
        stride = max(1, count // 400)
        self._samples = []
        # Millions of tuples and no cycles: the collector's passes over them are pure cost.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for customer_id in range(1, count + 1):
                sample = customer_id % stride == 1 % stride
                record = self._customer(customer_id, sample)
                if record is not None:
                    self._samples.append(record)
                if customer_id % BATCH == 0:
                    yield customer_id, self._take_batch()
            yield count, self._take_batch()
        finally:
            if collecting:
                gc.enable()

    def _result(self, count: int, progress: Progress | None) -> SubscriberResult:
        if progress is not None:
            progress("subscribers", count, count)
        c = self._c
        counts = {
            "customer": count,
            "customer_address": c.address,
            "number_assignment": c.number,
            "sim_card": c.sim,
            "device_observation": c.device,
            "ip_assignment": c.ip,
            "usage_record": c.usage,
        }
        return SubscriberResult(counts, self._samples, self._tokens)

    # ------------------------------------------------------------------ in two processes

    def _run_forked(self, count: int, progress: Progress | None) -> SubscriberResult:
        """A forked child runs the generator and pipes each batch's rows here; this process
        only unpickles and inserts them. A thread for the inserts instead (run without
        `parallel`) holds the GIL to bind each row's values and waits for it after each
        step, so generation and writing barely overlap; two processes do."""
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(
            target=self._produce, args=(sender, count), name="demo-generator", daemon=True
        )
        child.start()
        sender.close()
        collecting = gc.isenabled()
        gc.disable()
        try:
            while True:
                try:
                    message = receiver.recv_bytes()
                except EOFError:
                    raise RuntimeError("the demo generator process stopped unexpectedly") from None
                kind, body = message[:1], memoryview(message)[1:]
                if kind == b"R":
                    done, tables = marshal.loads(body)  # noqa: S302 - our own child's rows
                    for table, rows in zip(WRITTEN_TABLES, tables, strict=True):
                        self._writer.insert(table, BULK_COLUMNS[table.name], rows)
                    if progress is not None and done < count:
                        progress("subscribers", done, count)
                elif kind == b"D":
                    # Our own child's state, pickled a moment ago by this very code.
                    self._samples, self._c, self._tokens = pickle.loads(body)  # noqa: S301
                    break
                else:
                    raise RuntimeError(
                        f"the demo generator process failed:\n{bytes(body).decode()}"
                    )
        finally:
            if collecting:
                gc.enable()
            receiver.close()
            child.join(timeout=10)
            if child.is_alive():
                child.terminate()
                child.join()
        return self._result(count, progress)

    def _produce(self, sender: Connection, count: int) -> None:
        """In the child: every batch's rows down the pipe, then what the parent needs."""
        try:
            for done, batch in self._batches(count):
                # marshal: plain tuples of str, int, float; no memo, several times pickle's speed.
                rows = [rows for _table, _columns, rows in batch]
                sender.send_bytes(b"R" + marshal.dumps((done, rows), 2))
            state = (self._samples, self._c, self._tokens)
            sender.send_bytes(b"D" + pickle.dumps(state, pickle.HIGHEST_PROTOCOL))
        except BaseException:
            sender.send_bytes(b"E" + traceback.format_exc().encode())
            raise
        finally:
            sender.close()

    def _take_batch(self) -> Batch:
        batch: Batch = [(t, BULK_COLUMNS[t.name], self._rows[t.name]) for t in WRITTEN_TABLES]
        self._rows = {t.name: [] for t in WRITTEN_TABLES}
        return batch

    def _words_of(self, key: str) -> tuple[str, ...]:
        """The distinct search words of a pool entry's folded name (its key)."""
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = folded_tokens(key)
        return found

    def _name_words(self, cid: int, first_key: str, last_key: str | None) -> None:
        """The customer's name-word rows: what importers.writers.rebuild_name_tokens makes,
        folded_tokens(fold_name(name)). fold_name folds word by word, so a person's folded
        name is the two parts' keys joined by a space and its words are theirs, in order,
        without repeats."""
        words = self._words_of(first_key)
        if last_key is not None:
            words = tuple(dict.fromkeys(words + self._words_of(last_key)))
        joined = " ".join(words)
        self._rows["customer_name_token"].extend([(cid, word, joined) for word in words])
        self._tokens += len(words)

    # ------------------------------------------------------------------ one customer

    def _customer(self, cid: int, sample: bool) -> SampleCustomer | None:  # noqa: PLR0912, PLR0915 - one straight recipe
        rng = self._rng
        rnd = rng.random
        pools = self._pools
        tt = self._time
        c = self._c
        now = self._now
        now_day = now // DAY

        company = rnd() < 0.12
        start_day = rng.between(self._first_day, now_day - 30)
        end_day: int | None = None
        if rnd() < 0.07 and now_day - start_day > 90:
            end_day = rng.between(start_day + 60, now_day - 1)
        start_ts = start_day * DAY + 8 * 3600 + rng.below(3600)
        end_ts = end_day * DAY + 17 * 3600 if end_day is not None else None
        until = end_ts if end_ts is not None else now

        if company:
            firm = pools.companies[rng.below(len(pools.companies))]
            name, key = firm.text, firm.key
            self._name_words(cid, key, None)
            email = f"info@{firm.mail.replace('.', '')}{cid}.example" if rnd() < 0.9 else None
            kvk = f"{10_000_000 + self._kvk_perm(c.kvk):08d}"
            c.kvk += 1
        else:
            first = pools.first_names[rng.below(len(pools.first_names))]
            last = pools.last_names[rng.below(len(pools.last_names))]
            name = f"{first.text} {last.text}"
            key = f"{first.key} {last.key}"
            self._name_words(cid, first.key, last.key)
            email = (
                f"{first.mail}.{last.mail}{cid % 1000}@{EMAIL_DOMAINS[cid % 4]}"
                if rnd() < 0.9
                else None
            )
            kvk = None
        iban = None
        if rnd() < 0.92:
            bank = ids.BANK_CODES[rng.below(len(ids.BANK_CODES))]
            iban = ids.iban(bank, self._account_perm(c.account))
            c.account += 1
        ref = f"C{cid:07d}"
        null = self._null
        self._rows["customer"].append(
            (
                cid,
                ref,
                "company" if company else "person",
                name,
                key,
                email if email is not None else null,
                kvk if kvk is not None else null,
                iban if iban is not None else null,
                tt.day(start_day),
                tt.day(end_day) if end_day is not None else null,
                self._flags[rnd() < 0.85],
                null,
                null,
            )
        )

        # Addresses; one in twenty customers moved once.
        street = pools.streets[rng.below(len(pools.streets))]
        house = rng.between(1, 400)
        suffix = SUFFIXES[rng.below(len(SUFFIXES))] if rnd() < 0.1 else ""
        code = ids.postcode(street.pc4, house // 20 + street.pc4)
        addresses = self._rows["customer_address"]
        if rnd() < 0.05 and until - start_ts > 60 * DAY:
            moved = rng.between(start_ts + 30 * DAY, until - DAY)
            old = pools.streets[rng.below(len(pools.streets))]
            old_house = rng.between(1, 400)
            c.address += 1
            addresses.append(
                (
                    c.address,
                    cid,
                    old.name,
                    str(old_house),
                    "",
                    ids.postcode(old.pc4, old_house // 20 + old.pc4),
                    old.town,
                    "NL",
                    tt(start_ts),
                    tt(moved),
                )
            )
            address_from = moved
        else:
            address_from = start_ts
        c.address += 1
        addresses.append(
            (
                c.address,
                cid,
                street.name,
                str(house),
                suffix,
                code,
                street.town,
                "NL",
                tt(address_from),
                tt(end_ts) if end_ts is not None else null,
            )
        )

        # Services and their numbers.
        if company:
            mobiles = rng.between(1, 4) if rnd() < 0.5 else 0
            fixed = rnd() < 0.25
            internet = rnd() < 0.6
            voip = rnd() < 0.4
            pbx = rng.between(2, 5) if rnd() < 0.3 else 0
        else:
            mobiles = (1 if rnd() < 0.85 else 0) + (1 if rnd() < 0.08 else 0)
            fixed = rnd() < 0.2
            internet = rnd() < 0.4
            voip = False
            pbx = 0
        if not (mobiles or fixed or internet or voip or pbx):
            mobiles = 1

        record = (
            SampleCustomer(cid, ref, "company" if company else "person", name, email, iban,
                           code, str(house) + suffix, end_ts)
            if sample
            else None
        )  # fmt: skip
        voice: list[tuple[str, str, int, int | None, list[tuple[int, str, str]]]] = []
        numbers = self._rows["number_assignment"]
        for service, amount in (
            ("mobile", mobiles),
            ("fixed", 1 if fixed else 0),
            ("internet", 1 if internet and rnd() < 0.3 else 0),
            ("voip", 1 if voip else 0),
            ("cloud_pbx", pbx),
        ):
            for _ in range(amount):
                valid_from = start_ts + rng.below(3 * DAY)
                if service == "mobile":
                    number = ""
                    if self._recycled and end_ts is None:
                        recycled, free_from = self._recycled[0]
                        if free_from < now - 7 * DAY:
                            self._recycled.popleft()
                            number = recycled
                            valid_from = max(valid_from, free_from + rng.below(DAY))
                    if not number:
                        number = ids.mobile_number(self._mobile_perm(c.mobile))
                        c.mobile += 1
                elif service in ("fixed", "internet"):
                    number = ids.geographic_number(self._geo_perm(c.geographic))
                    c.geographic += 1
                elif service == "voip":
                    number = ids.nongeographic_number("85", self._voip_perm(c.voip))
                    c.voip += 1
                else:
                    number = ids.nongeographic_number("88", self._pbx_perm(c.pbx))
                    c.pbx += 1
                if end_ts is not None and valid_from >= end_ts:
                    valid_from = end_ts - DAY
                ported_in = (
                    OTHER_OPERATORS[rng.below(len(OTHER_OPERATORS))] if rnd() < 0.18 else None
                )
                ported_out = None
                if end_ts is not None:
                    if rnd() < 0.6:
                        ported_out = OTHER_OPERATORS[rng.below(len(OTHER_OPERATORS))]
                    elif service == "mobile":
                        # Back to the pool: after 90 days' quarantine a new customer gets it.
                        self._recycled.append((number, end_ts + 90 * DAY))
                c.number += 1
                numbers.append(
                    (
                        c.number,
                        number,
                        cid,
                        service,
                        tt(valid_from),
                        tt(end_ts) if end_ts is not None else null,
                        ported_in if ported_in is not None else null,
                        ported_out if ported_out is not None else null,
                    )
                )
                if record is not None:
                    record.numbers.append(
                        SampleNumber(number, service, valid_from, end_ts, ported_out)
                    )
                segments: list[tuple[int, str, str]] = []
                if service == "mobile":
                    segments = self._sims(cid, number, valid_from, end_ts, record)
                if service in VOICE_TYPES:
                    voice.append((number, service, valid_from, end_ts, segments))

        self._ips(
            cid,
            company=company,
            start_ts=start_ts,
            end_ts=end_ts,
            online=bool(internet or mobiles),
            internet=internet,
            record=record,
        )
        self._usage_records(voice)
        return record

    def _next_imei(self, index: int) -> str:
        """The index-th handset's IMEI: the ten common codes' serials in a shuffled order,
        then (past their 10,000,000) the extra codes', shuffled by their own permutation, made
        on first use from a seed of its own so the demos that never get there stay as before."""
        first = self._imei_perm.size
        if index < first:
            serial = self._imei_perm(index)
            return ids.imei(serial // 10**6, serial % 10**6)
        if self._extra_imei_perm is None:
            self._extra_imei_perm = ids.Permutation(
                10**6 * len(ids.EXTRA_TACS),
                random.Random(self._imei_perm.offset),  # noqa: S311 - synthetic demo data
            )
        serial = self._extra_imei_perm(index - first)
        return ids.imei(len(ids.TACS) + serial // 10**6, serial % 10**6)

    def _sims(
        self,
        cid: int,
        number: str,
        valid_from: int,
        valid_to: int | None,
        record: SampleCustomer | None,
    ) -> list[tuple[int, str, str]]:
        """One SIM per mobile number, one in 25 swapped; each SIM seen in one or two handsets."""
        rng = self._rng
        c = self._c
        tt = self._time
        until = valid_to if valid_to is not None else self._now
        periods = [(valid_from, valid_to)]
        if rng.random() < 0.04 and until - valid_from > 4 * DAY:
            swap = rng.between(valid_from + DAY, until - DAY)
            periods = [(valid_from, swap), (swap, valid_to)]
        segments: list[tuple[int, str, str]] = []
        sims = self._rows["sim_card"]
        devices = self._rows["device_observation"]
        previous_imei = ""
        for sim_from, sim_to in periods:
            iccid = ids.iccid(self._iccid_perm(c.iccid))
            c.iccid += 1
            imsi = ids.imsi(self._imsi_perm(c.imsi))
            c.imsi += 1
            c.sim += 1
            sims.append(
                (
                    c.sim,
                    iccid,
                    imsi,
                    cid,
                    number,
                    tt(sim_from),
                    tt(sim_to) if sim_to is not None else self._null,
                )
            )
            seen_until = sim_to if sim_to is not None else self._now - rng.below(3 * DAY) - 3600
            seen_until = max(seen_until, sim_from + 3600)
            first_seen = sim_from + rng.between(3600, 2 * DAY)
            first_seen = min(first_seen, seen_until - 60)
            splits = [first_seen]
            if rng.random() < 0.2 and seen_until - first_seen > 4 * DAY:
                splits.append(rng.between(first_seen + DAY, seen_until - DAY))
            bounds = [*splits, seen_until]
            for index in range(len(splits)):
                # A handset keeps its IMEI when the owner moves to a swapped SIM.
                if previous_imei and index == 0:
                    imei = previous_imei
                else:
                    imei = self._next_imei(c.imei)
                    c.imei += 1
                previous_imei = imei
                c.device += 1
                devices.append((c.device, imei, imsi, tt(bounds[index]), tt(bounds[index + 1])))
                segments.append((bounds[index], imsi, imei))
                if record is not None:
                    record.imeis.append(imei)
            if record is not None:
                record.sims.append((iccid, imsi))
        return segments

    def _ips(
        self,
        cid: int,
        *,
        company: bool,
        start_ts: int,
        end_ts: int | None,
        online: bool,
        internet: bool,
        record: SampleCustomer | None,
    ) -> None:
        """A CGNAT IPv4 address with a port range (shared by 64 customers), IPv6 for internet."""
        if not online:
            return
        rng = self._rng
        c = self._c
        tt = self._time
        rows = self._rows["ip_assignment"]
        until = end_ts if end_ts is not None else self._now
        current_from = max(start_ts, until - rng.between(2 * DAY, 400 * DAY))
        if rng.random() < 0.25 and current_from - start_ts > 10 * DAY:
            earlier = max(start_ts, current_from - rng.between(5 * DAY, 200 * DAY))
            # History lives in the upper half of the pool, apart from the current mappings.
            ip, low, high = ids.cgnat_slot(ids.CGNAT_CURRENT + c.cgnat_history)
            c.cgnat_history += 1
            if c.cgnat > ids.CGNAT_CURRENT:  # the dense current mappings come down from the top
                ids.cgnat_current_slot(c.cgnat - 1, c.cgnat_history)
            c.ip += 1
            rows.append((c.ip, ip, 32, low, high, cid, tt(earlier), tt(current_from)))
            if record is not None:
                record.ipv4.append((ip, low, high, earlier, current_from))
        ip, low, high = ids.cgnat_current_slot(c.cgnat, c.cgnat_history)
        c.cgnat += 1
        c.ip += 1
        rows.append(
            (
                c.ip,
                ip,
                32,
                low,
                high,
                cid,
                tt(current_from),
                tt(end_ts) if end_ts is not None else self._null,
            )
        )
        if record is not None:
            record.ipv4.append((ip, low, high, current_from, end_ts))
        if internet:
            if company and c.v6_48 < 32768:
                prefix, length = ids.ipv6_prefix(c.v6_48, 48), 48
                c.v6_48 += 1
            else:
                prefix, length = ids.ipv6_prefix(c.v6_56, 56), 56
                c.v6_56 += 1
            c.ip += 1
            rows.append(
                (
                    c.ip,
                    prefix,
                    length,
                    self._null,
                    self._null,
                    cid,
                    tt(start_ts),
                    tt(end_ts) if end_ts is not None else self._null,
                )
            )
            if record is not None:
                record.ipv6.append(f"{prefix}/{length}")

    def _usage_records(
        self, voice: list[tuple[str, str, int, int | None, list[tuple[int, str, str]]]]
    ) -> None:
        """On average `usage_per_customer` calls over the last four months."""
        if not voice or self._usage <= 0:
            return
        rng = self._rng
        rnd = rng.random
        c = self._c
        tt = self._time
        rows = self._rows["usage_record"]
        null = self._null
        window_start = self._now - USAGE_WINDOW_DAYS * DAY
        for _ in range(rng.between(0, 2 * self._usage + 1)):
            number, service, valid_from, valid_to, segments = voice[rng.below(len(voice))]
            low = max(window_start, valid_from)
            high = min(self._now, valid_to) if valid_to is not None else self._now
            if high - low < 600:
                continue
            start = rng.between(low, high - 300)
            other = ids.mobile_number(rng.below(ids.MOBILE_SPACE))
            imsi = imei = cell = None
            if segments:
                for seg_from, seg_imsi, seg_imei in segments:
                    if seg_from <= start or imsi is None:
                        imsi, imei = seg_imsi, seg_imei
                cell = f"204-28-{rng.between(1000, 9999)}-{rng.between(10000, 99999)}"
            outgoing = rnd() < 0.6
            c.usage += 1
            rows.append(
                (
                    c.usage,
                    tt(start),
                    min(int(rng.expovariate(1 / 180)), 7200),
                    number if outgoing else other,
                    other if outgoing else number,
                    "out" if outgoing else "in",
                    service,
                    imsi if imsi is not None else null,
                    imei if imei is not None else null,
                    cell if cell is not None else null,
                )
            )
