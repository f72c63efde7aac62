#!/usr/bin/env python3
"""Independent re-implementation of the draw algorithm `supervision-draw/v1`.

Written only from the specification (docs/draw-algorithm.md), standard library only.

    python3 draw_verify.py <draw-record.json> <population.csv>

Checks the lottery function against the test vectors of section 9, the seed commitment,
the population snapshot (hash, UTF-8 without BOM, RFC 4180 with LF) and the statements of
section 1 about the inputs; recomputes the record's `outcome` (pools, tasks, visits, teams)
and compares it with the record.  Prints the first differences (field path, record value,
recomputed value) and exits 1 on any difference; otherwise prints
"reproduced: N pools, T tasks, V visits" and exits 0.
"""

import decimal
import hashlib
import os
import hmac
import json
import re
import sys
from decimal import Decimal

PREFIX = "supervision-draw/v1"
MAX_DIFFS_SHOWN = 25

# Section 3: ceil(ratio x |E|) is "computed exactly in decimal": any rounding raises.
decimal.getcontext().prec = 100
decimal.getcontext().traps[decimal.Inexact] = True
decimal.getcontext().traps[decimal.Rounded] = True


# --------------------------------------------------------------------------- section 2: lottery

def part_text(p) -> str:
    # a number (the team slot j) is written in decimal digits without leading zeros
    if isinstance(p, bool):
        raise ValueError(f"not a lottery part: {p!r}")
    if isinstance(p, int):
        if p < 0:
            raise ValueError(f"negative number as lottery part: {p}")
        return str(p)
    if isinstance(p, str):
        return p
    raise ValueError(f"not a lottery part: {p!r}")


class Lottery:
    def __init__(self, seed: bytes):
        self.seed = seed

    def L(self, *parts) -> bytes:
        texts = [part_text(p) for p in parts]
        for t in texts:
            if "|" in t:  # section 1: lottery parts never contain '|'
                raise ValueError(f"lottery part contains '|': {t!r}")
        message = PREFIX + "".join("|" + t for t in texts)
        return hmac.new(self.seed, message.encode("utf-8"), hashlib.sha256).digest()

    def N(self, *parts) -> str:
        return self.L(*parts).hex()

    def U(self, *parts) -> int:
        return int.from_bytes(self.L(*parts)[:8], "big", signed=False)


def ceil_decimal(x: Decimal) -> int:
    return int(x.to_integral_value(rounding=decimal.ROUND_CEILING))


def as_decimal(value) -> Decimal:
    # Section 1: ratios and shares are JSON numbers whose text is read as an exact decimal.
    # The record is parsed with parse_float=Decimal; integers arrive as int.
    if isinstance(value, bool):
        raise ValueError(f"not a JSON number: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise ValueError(f"not a JSON number: {value!r}")


# --------------------------------------------------------------------------- section 9: test vectors

TEST_SEED = "5eed000000000000000000000000000000000000000000000000000000000001"
TEST_COMMITMENT = "7a15c46ad866ee5caa4848c846255b1c4c0fedb8c32dc22f49d8dff6fa162288"
TEST_VECTORS = [
    (("enterprise", "SJ-2026-12-SC", "I", "91210800MAQ32ULF64"),
     "fbe41ca8b5bc9e0237ae52fab0d6a635dcaa7d11f1647361d7b0cc97145ef6e0", 18150663909139062274),
    (("enterprise", "SJ-2026-12-SC", "verification", "91210811968441860L"),
     "adc548271fe31af3b26c930e58b5770c63e11fe632edeaa87edadf6947d1f555", 12521493671849433843),
    (("date", "SJ-2026-12-SC", "91210800MAQ32ULF64"),
     "353d7ff4779ad45da527130a0c6551c4c79c66273551d0f08ba34c581eb30909", 3836363145544914013),
    (("item", "SJ-2026-12-SC", "91210800MAQ32ULF64", "SC-003"),
     "a8ef47769d7ceaa3011c01c46556f58d701d8f5e6f9363cd298e1c8f190e7951", 12173026892579662499),
    (("inspector", "SJ-2026-12-SC", "SJ0001"),
     "26fb6b8672d57e0b026566ac42af617be13893b8a6e5781a919ae3fa0da8125b", 2808957017792019979),
    (("team", "SJ-2026-12-SC", "市场监管局", "91210800MAQ32ULF64", 1),
     "3ebfd550bcd836d903d9c210a49a1d8d10bf40e706284ac4dd64d683050f1323", 4521567093645653721),
]


# Section 11: the prepared draw (supervision-draw/v2).
V2_VECTORS = {
    "commitment 市场监管局 11…11": "da8714b15161e676d80d6bd81cc6c44d5c6d0c58cf10e7bef0ee409ce27cf854",
    "commitment 应急管理局 22…22": "6e7ae3997f9c0b1362e447ad94bec93912315be500566fe82594d4e01fbb0718",
    "seed ab…ab": "9bb6653b1659e83954ea90ac1af43d8857075b73bff7567430fd3a88c0b2cc73",
}


def length_prefixed_sha256(*fields: bytes) -> str:
    """SHA-256 over fields, each as its 4-byte big-endian length followed by its bytes."""
    h = hashlib.sha256()
    for f in fields:
        h.update(len(f).to_bytes(4, "big"))
        h.update(f)
    return h.hexdigest()


def share_commitment(department: str, share_hex: str) -> str:
    return length_prefixed_sha256(b"supervision-draw/v2/share", department.encode("utf-8"), bytes.fromhex(share_hex))


def derive_seed(preparation_sha256: str, shares, public_value: str) -> str:
    fields = [b"supervision-draw/v2/seed", bytes.fromhex(preparation_sha256)]
    for department, share_hex in shares:
        fields += [department.encode("utf-8"), bytes.fromhex(share_hex)]
    fields.append(public_value.encode("utf-8"))
    return length_prefixed_sha256(*fields)


def self_test_v2():
    failures = []
    if share_commitment("市场监管局", "11" * 32) != V2_VECTORS["commitment 市场监管局 11…11"]:
        failures.append("commitment 市场监管局")
    if share_commitment("应急管理局", "22" * 32) != V2_VECTORS["commitment 应急管理局 22…22"]:
        failures.append("commitment 应急管理局")
    if derive_seed("ab" * 32, [("市场监管局", "11" * 32), ("应急管理局", "22" * 32)], "03 07 12 19 25 31 08") != V2_VECTORS["seed ab…ab"]:
        failures.append("seed")
    return failures


def verify_preparation(record, prep_bytes, diffs):
    """Section 11: the record executes exactly the preparation it names."""
    reveal = record["preparation"]
    prep_hash = hashlib.sha256(prep_bytes).hexdigest()
    if prep_hash != reveal.get("sha256"):
        diffs.append(("preparation.sha256", reveal.get("sha256"), prep_hash))
    prep = json.loads(prep_bytes.decode("utf-8"), parse_float=Decimal)
    if prep.get("protocol") != "supervision-draw/v2":
        diffs.append(("preparation.protocol", "supervision-draw/v2", prep.get("protocol")))
        return
    commitments = prep.get("commitments", [])
    shares = reveal.get("shares", [])
    if [c["department"] for c in commitments] != [s["department"] for s in shares]:
        diffs.append(("preparation.shares", [c["department"] for c in commitments], [s["department"] for s in shares]))
    for c, s in zip(commitments, shares):
        if not SEED_RE.fullmatch(s.get("share", "")) or share_commitment(c["department"], s["share"]) != c["commitment"]:
            diffs.append((f"share of {c['department']}", c["commitment"], "<does not match>"))
    if reveal.get("public_randomness") != prep.get("public_randomness"):
        diffs.append(("public_randomness", prep.get("public_randomness"), reveal.get("public_randomness")))
    try:
        seed = derive_seed(reveal["sha256"], [(s["department"], s["share"]) for s in shares], reveal["public_value"])
        if seed != record.get("seed"):
            diffs.append(("seed (derived)", record.get("seed"), seed))
    except (KeyError, ValueError) as e:
        diffs.append(("seed (derived)", record.get("seed"), f"<cannot derive: {e}>"))
    # Every frozen input equals the preparation's, compared as data (numbers as exact decimals).
    for key in ("draw_id", "as_of", "bundle_hash", "calendar_hash", "population_sha256", "population_entries", "exclusions", "plans", "inspectors"):
        if prep.get(key) != record.get(key):
            diffs.append((f"{key} (against the preparation)", prep.get(key), record.get(key)))


def self_test():
    """The test vectors of section 9; returns the failing ones."""
    failures = []
    seed = bytes.fromhex(TEST_SEED)
    if hashlib.sha256(seed).hexdigest() != TEST_COMMITMENT:
        failures.append("commitment of the test seed")
    lot = Lottery(seed)
    for parts, n_hex, u in TEST_VECTORS:
        if lot.N(*parts) != n_hex or lot.U(*parts) != u:
            failures.append(", ".join(str(x) for x in parts))
    return failures


# --------------------------------------------------------------------------- section 1: inputs

def parse_csv_rfc4180_lf(text):
    """Strict RFC 4180 parser with LF as the record separator (section 1).

    Returns (records, error).  Unquoted fields may contain neither '"' nor CR; a quoted field
    ("" for a quote) must be followed by ',', LF or the end of the file.  The last record may
    end with LF.  Blank lines are not skipped: they are records with one empty field.
    """
    records, record, field = [], [], []
    i, n, line = 0, len(text), 1
    if n == 0:
        return records, None
    while True:
        if i < n and text[i] == '"':
            i += 1
            while True:
                if i >= n:
                    return None, f"line {line}: unterminated quoted field"
                c = text[i]
                if c == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        field.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                if c == "\n":
                    line += 1
                field.append(c)
                i += 1
            if i < n and text[i] not in ",\n":
                return None, f"line {line}: character after a closing quote"
        else:
            while i < n and text[i] not in ",\n":
                if text[i] == '"':
                    return None, f"line {line}: quote inside an unquoted field"
                if text[i] == "\r":
                    return None, f"line {line}: CR (records end with LF, not CRLF)"
                field.append(text[i])
                i += 1
        record.append("".join(field))
        field = []
        if i >= n:
            records.append(record)
            return records, None
        if text[i] == ",":
            i += 1
            continue
        records.append(record)  # LF
        record = []
        i += 1
        line += 1
        if i >= n:
            return records, None


SEED_RE = re.compile(r"[0-9a-f]{64}")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_plan_id(pid) -> bool:
    # "plan ids are letters, digits, - and _" (letters read as Unicode letters, digits as 0-9)
    return isinstance(pid, str) and pid != "" and all(ch.isalpha() or ch in "0123456789-_" for ch in pid)


def warn(message):
    print(f"warning: {message}", file=sys.stderr)


def validate(record, rows, diffs):
    """Statements of sections 1-5 about the inputs that the recomputation relies on.

    Every violation is reported as a difference; returns False when recomputation is impossible.
    """
    ok = True

    def bad(path, expected, found, fatal=False):
        nonlocal ok
        diffs.append((path, expected, found))
        if fatal:
            ok = False

    if record.get("algorithm") != PREFIX:
        bad("algorithm", PREFIX, record.get("algorithm"))

    plan_fields = ["id", "departments", "period_from", "period_to", "working_days", "window_working_days",
                   "items", "general_items_per_task", "pools", "verification_share", "team_size",
                   "max_tasks_per_inspector", "lead_certifications", "publication_working_days"]
    seen_plans = set()
    for pi, plan in enumerate(record.get("plans", [])):
        where = f"plans[{pi}]"
        missing = [f for f in plan_fields if f not in plan]
        if missing:
            bad(where, "fields " + ", ".join(plan_fields), "missing " + ", ".join(missing), fatal=True)
            continue
        pid = plan["id"]
        if not is_plan_id(pid):
            bad(f"{where}.id", "letters, digits, '-' and '_'", pid, fatal=True)
        if pid in seen_plans:
            bad(f"{where}.id", "a plan id used once", pid, fatal=True)
        seen_plans.add(pid)
        for f in ("period_from", "period_to"):
            if not isinstance(plan[f], str) or not DATE_RE.fullmatch(plan[f]):
                bad(f"{where}.{f}", "a date yyyy-mm-dd", plan[f], fatal=True)
        wd = plan["working_days"]
        if not isinstance(wd, list) or any(not isinstance(d, str) or not DATE_RE.fullmatch(d) for d in wd):
            bad(f"{where}.working_days", "dates yyyy-mm-dd", wd, fatal=True)
            continue
        if any(a >= b for a, b in zip(wd, wd[1:])):
            bad(f"{where}.working_days", "ascending, each day once", wd)
        if wd and wd[0] < plan["period_from"]:
            bad(f"{where}.working_days", f"days from period_from {plan['period_from']}", wd[0])
        if not any(d <= plan["period_to"] for d in wd):
            # section 5: W is never empty; such a plan is refused before the draw
            bad(f"{where}.working_days", "at least one working day up to period_to", "none", fatal=True)
        for name, lo in (("window_working_days", 1), ("general_items_per_task", 0), ("team_size", 0),
                         ("max_tasks_per_inspector", 0), ("publication_working_days", 1)):
            val = plan[name]
            if isinstance(val, bool) or not isinstance(val, int) or val < lo:
                # w = 0 and P = 0 leave the window and "the P-th element" undefined in the specification
                bad(f"{where}.{name}", f"an integer >= {lo}", val, fatal=True)
        if not isinstance(plan["departments"], list) or not plan["departments"]:
            bad(f"{where}.departments", "a non-empty list (the first initiates)", plan["departments"], fatal=True)
        if not isinstance(plan["lead_certifications"], list):
            bad(f"{where}.lead_certifications", "a list, possibly empty", plan["lead_certifications"], fatal=True)
        for ii, it in enumerate(plan["items"]):
            if not isinstance(it.get("code"), str) or "|" in it["code"]:
                bad(f"{where}.items[{ii}].code", "a text without '|'", it.get("code"), fatal=True)
            if not isinstance(it.get("key"), bool):
                bad(f"{where}.items[{ii}].key", "true or false", it.get("key"), fatal=True)
        codes = [it.get("code") for it in plan["items"]]
        if len(set(codes)) != len(codes):
            bad(f"{where}.items", "each code once", codes)
        names = []
        for pj, ps in enumerate(plan["pools"]):
            names.append(ps.get("pool"))
            try:
                as_decimal(ps["ratio"])
            except (KeyError, ValueError) as e:
                bad(f"{where}.pools[{pj}].ratio", "a JSON number", str(e), fatal=True)
            mc = ps.get("min_count")
            if isinstance(mc, bool) or not isinstance(mc, int) or mc < 0:
                bad(f"{where}.pools[{pj}].min_count", "an integer >= 0", mc, fatal=True)
        try:
            as_decimal(plan["verification_share"])
        except ValueError as e:
            bad(f"{where}.verification_share", "a JSON number", str(e), fatal=True)
        if not names:
            bad(f"{where}.pools", "at least one pool (section 4 takes the last)", names, fatal=True)
        elif len(set(names)) != len(names):
            bad(f"{where}.pools", "each pool once", names, fatal=True)
        elif ok and (names[:2] != ["blacklist", "triggered"]
                     or any(as_decimal(ps["ratio"]) != 1 for ps in plan["pools"][:2])):
            bad(f"{where}.pools", "blacklist (ratio 1), triggered (ratio 1), then the categories", names)

    ins_fields = ["id", "name", "department", "certificate_valid_to", "certifications", "conflicts"]
    seen_ins = set()
    for ii, ins in enumerate(record.get("inspectors", [])):
        missing = [f for f in ins_fields if f not in ins]
        if missing:
            bad(f"inspectors[{ii}]", "fields " + ", ".join(ins_fields), "missing " + ", ".join(missing), fatal=True)
            continue
        if not isinstance(ins["id"], str) or "|" in ins["id"]:
            bad(f"inspectors[{ii}].id", "a text without '|'", ins["id"], fatal=True)
        elif ins["id"] in seen_ins:
            bad(f"inspectors[{ii}].id", "an inspector id used once", ins["id"], fatal=True)
        seen_ins.add(ins["id"])
        if not isinstance(ins["certificate_valid_to"], str) or not DATE_RE.fullmatch(ins["certificate_valid_to"]):
            bad(f"inspectors[{ii}].certificate_valid_to", "a date yyyy-mm-dd", ins["certificate_valid_to"], fatal=True)
        for f in ("certifications", "conflicts"):
            if not isinstance(ins[f], list):
                bad(f"inspectors[{ii}].{f}", "a list", ins[f], fatal=True)

    seen_rows = set()
    plan_pools = {p["id"]: {ps.get("pool") for ps in p.get("pools", [])} for p in record.get("plans", [])}
    for r in rows:
        where = f"population.csv record {r['line']}"
        if "|" in r["uscc"]:
            bad(f"{where}.uscc", "a USCC without '|'", r["uscc"], fatal=True)
        key = (r["plan_id"], r["uscc"])
        if key in seen_rows:
            bad(where, "an enterprise at most once per plan", f"{r['plan_id']} {r['uscc']} again", fatal=True)
        seen_rows.add(key)
        if r["plan_id"] not in plan_pools:
            warn(f"{where}: plan {r['plan_id']} is not in the record; the row takes no part in the draw")
        elif r["pool"] not in plan_pools[r["plan_id"]] and r["pool"] != "verification-only":
            warn(f"{where}: pool {r['pool']} is not a pool of plan {r['plan_id']}; "
                 f"the row takes no part in the draw")
    return ok


# --------------------------------------------------------------------------- sections 3-7: recomputation

def recompute(record, rows):
    seed_hex = record["seed"]
    lot = Lottery(bytes.fromhex(seed_hex))
    plans = record["plans"]
    inspectors = record["inspectors"]

    out_pools = []
    drawn = []  # (plan, pool name, row) in the order of sections 3-4

    # sections 3 and 4
    for plan in plans:
        pid = plan["id"]
        drawn_usccs_by_pool = {}
        for pool_spec in plan["pools"]:
            pool = pool_spec["pool"]
            ratio = as_decimal(pool_spec["ratio"])
            min_count = pool_spec["min_count"]
            E = [r for r in rows if r["plan_id"] == pid and r["pool"] == pool]
            if not E:
                n = 0
            else:
                n = min(len(E), max(min_count, ceil_decimal(ratio * len(E))))
            keyed = sorted(((lot.N("enterprise", pid, pool, r["uscc"]), r["uscc"], r) for r in E),
                           key=lambda t: (t[0], t[1]))
            chosen = keyed[:n]
            drawn_usccs_by_pool[pool] = {t[1] for t in chosen}
            out_pools.append({
                "plan_id": pid, "pool": pool, "eligible": len(E), "ratio": ratio,
                "min_count": min_count, "drawn": n,
                "selected": [{"uscc": t[1], "lottery": t[0]} for t in chosen],
            })
            for t in chosen:
                drawn.append((plan, pool, t[2]))

        # section 4: verification sample
        low = plan["pools"][-1]["pool"]
        V = [r for r in rows if r["plan_id"] == pid and r["pool"] == low
             and r["uscc"] not in drawn_usccs_by_pool[low]]
        V += [r for r in rows if r["plan_id"] == pid and r["pool"] == "verification-only"]
        v = as_decimal(plan["verification_share"])
        n = 0 if not V else max(1, ceil_decimal(v * len(V)))
        keyed = sorted(((lot.N("enterprise", pid, "verification", r["uscc"]), r["uscc"], r) for r in V),
                       key=lambda t: (t[0], t[1]))
        chosen = keyed[:n]
        out_pools.append({
            "plan_id": pid, "pool": "verification", "eligible": len(V), "ratio": v,
            "min_count": 1, "drawn": n,
            "selected": [{"uscc": t[1], "lottery": t[0]} for t in chosen],
        })
        for t in chosen:
            drawn.append((plan, "verification", t[2]))

    # section 5: tasks, windows and items
    tasks = []
    for plan, pool, row in drawn:
        pid = plan["id"]
        uscc = row["uscc"]
        W = [d for d in plan["working_days"] if d <= plan["period_to"]]
        w = min(plan["window_working_days"], len(W))
        s = lot.U("date", pid, uscc) % (len(W) - w + 1)
        window_from, window_to = W[s], W[s + w - 1]
        initiating = plan["departments"][0]
        k = plan["general_items_per_task"]
        for i, dept in enumerate(plan["departments"], start=1):
            dept_items = [it for it in plan["items"]
                          if (it["department"] if it["department"] is not None else initiating) == dept]
            general = [ix for ix, it in enumerate(dept_items) if not it["key"]]
            general_sorted = sorted(general, key=lambda ix: (lot.N("item", pid, uscc, dept_items[ix]["code"]),
                                                             dept_items[ix]["code"]))
            chosen_general = set(general_sorted[:k])
            items = [it["code"] for ix, it in enumerate(dept_items)
                     if it["key"] or ix in chosen_general]
            tasks.append({
                "task_id": f"{pid}/{uscc}/{i}",
                "plan_id": pid,
                "department": dept,
                "pool": pool,
                "uscc": uscc,
                "name": row["name"],
                "visit_id": None,
                "window_from": window_from,
                "window_to": window_to,
                "items": items,
                "team": [],
                "unassigned_reason": None,
                "last_inspectors": list(row["last_inspectors"]),
            })

    # section 6: joint visits
    plan_pos = {p["id"]: i for i, p in enumerate(plans)}
    plan_by_id = {p["id"]: p for p in plans}
    order = sorted(range(len(tasks)), key=lambda ix: plan_pos[tasks[ix]["plan_id"]])  # stable
    visits_by_uscc = {}
    visits = {}
    for ix in order:
        t = tasks[ix]
        p = plan_by_id[t["plan_id"]]
        u = t["uscc"]
        chosen = None
        for vis in visits_by_uscc.get(u, []):
            if (vis["first_plan"] == p["id"]
                    or (vis["window_from"] >= p["period_from"] and vis["window_to"] <= p["period_to"])):
                chosen = vis
                break
        if chosen is None:
            chosen = {"visit_id": f"V/{u}/{p['id']}", "uscc": u, "first_plan": p["id"],
                      "window_from": t["window_from"], "window_to": t["window_to"], "task_ix": []}
            visits_by_uscc.setdefault(u, []).append(chosen)
            visits[chosen["visit_id"]] = chosen
        chosen["task_ix"].append(ix)
        t["visit_id"] = chosen["visit_id"]
        t["window_from"] = chosen["window_from"]
        t["window_to"] = chosen["window_to"]

    out_visits = []
    for vis in sorted(visits.values(), key=lambda vv: min(vv["task_ix"])):
        opener = plan_by_id[vis["first_plan"]]
        wd = opener["working_days"]
        P = opener["publication_working_days"]
        later = [d for d in wd if d > vis["window_to"]]  # strictly after window_to
        due = later[P - 1] if 1 <= P <= len(later) else None
        depts = {tasks[ix]["department"] for ix in vis["task_ix"]}
        out_visits.append({
            "visit_id": vis["visit_id"],
            "uscc": vis["uscc"],
            "window_from": vis["window_from"],
            "window_to": vis["window_to"],
            "tasks": [tasks[ix]["task_id"] for ix in vis["task_ix"]],
            "joint": len(depts) > 1,
            "publication_due": due,
        })

    # section 7: teams
    load = {ins["id"]: 0 for ins in inspectors}
    rings = {}

    def ring(pid, dept):
        key = (pid, dept)
        if key not in rings:
            members = [ins for ins in inspectors if ins["department"] == dept]
            rings[key] = sorted(members, key=lambda ins: (lot.N("inspector", pid, ins["id"]), ins["id"]))
        return rings[key]

    for t in tasks:
        p = plan_by_id[t["plan_id"]]
        R = ring(p["id"], t["department"])
        m = len(R)
        if m == 0:
            t["team"] = []
            t["unassigned_reason"] = f"no inspectors in {t['department']}"
            continue
        size = p["team_size"]
        M = p["max_tasks_per_inspector"]
        C = p["lead_certifications"]
        refused = {}  # position -> reason
        passed_over = set()  # positions passed over for slot 1 (lacking a lead certification)
        team = []
        for j in range(1, size + 1):
            start = lot.U("team", p["id"], t["department"], t["uscc"], j) % m
            for step in range(m):
                pos = (start + step) % m
                if pos in refused:
                    continue
                ins = R[pos]
                if ins["id"] in team:
                    continue
                if ins["certificate_valid_to"] < t["window_to"]:
                    refused[pos] = "expired"
                elif t["uscc"] in ins["conflicts"]:
                    refused[pos] = "conflict"
                elif ins["id"] in t["last_inspectors"]:
                    refused[pos] = "previous"
                elif load[ins["id"]] >= M:
                    refused[pos] = "busy"
                elif j == 1 and not all(c in ins["certifications"] for c in C):
                    # the lead lacks an entry of C: passed over, not refused, so may fill a later slot
                    passed_over.add(pos)
                    continue
                else:
                    team.append(ins["id"])
                    break
        if len(team) < size:
            counts = {}
            for reason in refused.values():
                counts[reason] = counts.get(reason, 0) + 1
            t["team"] = []
            reason = "; ".join(f"{r} {c}" for r, c in counts.items()) or "too few inspectors"
            if len(team) == 0 and passed_over:
                reason += f"; no lead with {', '.join(C)} ({len(passed_over)} passed over)"
            t["unassigned_reason"] = reason  # informative wording
        else:
            t["team"] = team
            for iid in team:
                load[iid] += 1

    return {"pools": out_pools, "tasks": tasks, "visits": out_visits}


# --------------------------------------------------------------------------- comparison

def diff(path, rec, calc, diffs):
    if isinstance(rec, dict) and isinstance(calc, dict):
        for key in list(rec.keys()) + [k for k in calc.keys() if k not in rec]:
            if key not in calc:
                diffs.append((f"{path}.{key}", rec[key], "<not recomputed>"))
            elif key not in rec:
                diffs.append((f"{path}.{key}", "<missing in record>", calc[key]))
            elif key == "unassigned_reason":
                if (rec[key] is None) != (calc[key] is None):
                    diffs.append((f"{path}.{key}", rec[key], calc[key]))
            else:
                diff(f"{path}.{key}", rec[key], calc[key], diffs)
    elif isinstance(rec, list) and isinstance(calc, list):
        for i in range(max(len(rec), len(calc))):
            if i >= len(rec):
                diffs.append((f"{path}[{i}]", "<missing in record>", calc[i]))
            elif i >= len(calc):
                diffs.append((f"{path}[{i}]", rec[i], "<missing in recomputation>"))
            else:
                diff(f"{path}[{i}]", rec[i], calc[i], diffs)
        if len(rec) != len(calc):
            diffs.append((f"{path}.length", len(rec), len(calc)))
    else:
        same = rec == calc
        if isinstance(rec, bool) != isinstance(calc, bool):
            same = False
        if not same:
            diffs.append((path, rec, calc))


def show(v):
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False, default=str)


def main(argv):
    if len(argv) not in (3, 4):
        print("usage: draw_verify.py <draw-record.json> <population.csv> [preparation.json]", file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        record = json.loads(f.read().decode("utf-8"), parse_float=Decimal)
    with open(argv[2], "rb") as f:
        pop_bytes = f.read()

    diffs = []

    # 0. the lottery function against the test vectors of section 9
    for failure in self_test():
        diffs.append(("section 9 test vector", failure, "<does not match>"))

    for failure in self_test_v2():
        diffs.append(("section 11 test vector", failure, "<does not match>"))

    # 0a. a prepared draw: its preparation (by default beside the record)
    if record.get("preparation") is not None:
        prep_path = argv[3] if len(argv) == 4 else os.path.join(os.path.dirname(os.path.abspath(argv[1])), "preparation.json")
        if not os.path.exists(prep_path):
            print(f"NOT reproduced: a prepared draw is verified against its preparation; {prep_path} does not exist")
            return 1
        with open(prep_path, "rb") as f:
            verify_preparation(record, f.read(), diffs)

    # 1. seed, commitment and snapshot hash
    seed_hex = record.get("seed")
    if not isinstance(seed_hex, str) or not SEED_RE.fullmatch(seed_hex):
        print(f"NOT reproduced: the seed is not 64 lower-case hexadecimal characters: {seed_hex!r}")
        return 1
    commitment = hashlib.sha256(bytes.fromhex(seed_hex)).hexdigest()
    if commitment != record.get("seed_commitment"):
        diffs.append(("seed_commitment", record.get("seed_commitment"), commitment))
    pop_hash = hashlib.sha256(pop_bytes).hexdigest()
    if pop_hash != record.get("population_sha256"):
        diffs.append(("population_sha256", record.get("population_sha256"), pop_hash))

    # population snapshot: UTF-8 without BOM, RFC 4180, LF
    rows = []
    snapshot_ok = True
    try:
        text = pop_bytes.decode("utf-8")
    except UnicodeDecodeError as e:
        diffs.append(("population.csv", "<UTF-8>", str(e)))
        text, snapshot_ok = "", False
    if text.startswith("\ufeff"):
        diffs.append(("population.csv", "<UTF-8 without BOM>", "<has a BOM>"))
        text = text[1:]
    records, err = parse_csv_rfc4180_lf(text)
    if err:
        diffs.append(("population.csv", "<RFC 4180 with LF>", err))
        records, snapshot_ok = [], False
    expected_cols = ["plan_id", "pool", "uscc", "name", "last_inspectors", "note"]
    if snapshot_ok:
        header = records[0] if records else []
        if header != expected_cols:
            diffs.append(("population.csv header", ",".join(expected_cols), ",".join(header)))
            snapshot_ok = False
        for line_no, fields in enumerate(records[1:], start=2):
            if len(fields) != len(expected_cols):
                diffs.append((f"population.csv record {line_no}", "<6 columns>", f"<{len(fields)} columns>"))
                snapshot_ok = False
                continue
            r = dict(zip(expected_cols, fields))
            li = r["last_inspectors"]
            rows.append({
                "line": line_no,
                "plan_id": r["plan_id"], "pool": r["pool"], "uscc": r["uscc"], "name": r["name"],
                # split on ';' without trimming; an empty cell is an empty list
                "last_inspectors": li.split(";") if li != "" else [],
                "note": r["note"],
            })

    # 2. recompute and compare the outcome
    if validate(record, rows, diffs) and snapshot_ok:
        calc = recompute(record, rows)
        diff("outcome", record["outcome"], calc, diffs)
    else:
        diffs.append(("outcome", "<recomputed>", "<not recomputed: the inputs violate the specification>"))

    if diffs:
        print(f"NOT reproduced: {len(diffs)} difference(s); first {min(len(diffs), MAX_DIFFS_SHOWN)}:")
        for path, rv, cv in diffs[:MAX_DIFFS_SHOWN]:
            print(f"  {path}\n    record:     {show(rv)}\n    recomputed: {show(cv)}")
        return 1
    o = record["outcome"]
    print(f"reproduced: {len(o['pools'])} pools, {len(o['tasks'])} tasks, {len(o['visits'])} visits")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
