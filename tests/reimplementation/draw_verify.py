#!/usr/bin/env python3
"""Independent re-implementation of the draw algorithm `supervision-draw/v1`.

Written only from the specification (docs/draw-algorithm.md), standard library only.

    python3 draw_verify.py <draw-record.json> <population.csv>

Checks the seed commitment and the population snapshot hash, recomputes the record's
`outcome` (pools, tasks, visits) and compares it with the record.  Prints the first
differences (field path, record value, recomputed value) and exits 1 on any difference;
otherwise prints "reproduced: N pools, T tasks, V visits" and exits 0.
"""

import csv
import decimal
import hashlib
import hmac
import io
import json
import sys
from decimal import Decimal

PREFIX = "supervision-draw/v1"
MAX_DIFFS_SHOWN = 25

decimal.getcontext().prec = 100  # products of short decimals by counts are exact at this precision


# --------------------------------------------------------------------------- section 2: lottery

class Lottery:
    def __init__(self, seed: bytes):
        self.seed = seed

    def L(self, *parts) -> bytes:
        message = PREFIX + "".join("|" + str(p) for p in parts)
        return hmac.new(self.seed, message.encode("utf-8"), hashlib.sha256).digest()

    def N(self, *parts) -> str:
        return self.L(*parts).hex()

    def U(self, *parts) -> int:
        return int.from_bytes(self.L(*parts)[:8], "big", signed=False)


def ceil_decimal(x: Decimal) -> int:
    return int(x.to_integral_value(rounding=decimal.ROUND_CEILING))


def as_decimal(value) -> Decimal:
    # JSON numbers are parsed with parse_float=Decimal; integers arrive as int.
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return Decimal(value)
    raise ValueError(f"not an exact decimal: {value!r}")


# --------------------------------------------------------------------------- recomputation

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
            key_codes = {it["code"] for it in dept_items if it["key"]}
            general = [it for it in dept_items if not it["key"]]
            general_sorted = sorted(general, key=lambda it: lot.N("item", pid, uscc, it["code"]))
            general_codes = {it["code"] for it in general_sorted[:k]}
            items = [it["code"] for it in dept_items
                     if it["code"] in key_codes or it["code"] in general_codes]
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
        due = None
        if vis["window_to"] in wd:
            j = wd.index(vis["window_to"]) + P
            if j < len(wd):
                due = wd[j]
        else:
            later = [d for d in wd if d > vis["window_to"]]
            if len(later) >= P:
                due = later[P - 1]
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
        refused = {}  # position -> reason
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
                else:
                    team.append(ins["id"])
                    break
        if len(team) < size:
            counts = {}
            for reason in refused.values():
                counts[reason] = counts.get(reason, 0) + 1
            t["team"] = []
            t["unassigned_reason"] = "; ".join(f"{r} {c}" for r, c in counts.items()) or "too few inspectors"
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
    if len(argv) != 3:
        print("usage: draw_verify.py <draw-record.json> <population.csv>", file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        record = json.loads(f.read().decode("utf-8"), parse_float=Decimal)
    with open(argv[2], "rb") as f:
        pop_bytes = f.read()

    diffs = []

    # 1. commitments
    seed_hex = record["seed"]
    if len(seed_hex) != 64 or seed_hex != seed_hex.lower():
        diffs.append(("seed", seed_hex, "<not 64 lower-case hex characters>"))
    seed = bytes.fromhex(seed_hex)
    if len(seed) != 32:
        diffs.append(("seed", seed_hex, f"<{len(seed)} bytes>"))
    commitment = hashlib.sha256(seed).hexdigest()
    if commitment != record["seed_commitment"]:
        diffs.append(("seed_commitment", record["seed_commitment"], commitment))
    pop_hash = hashlib.sha256(pop_bytes).hexdigest()
    if pop_hash != record["population_sha256"]:
        diffs.append(("population_sha256", record["population_sha256"], pop_hash))

    # population snapshot
    text = pop_bytes.decode("utf-8")
    if text.startswith("\ufeff"):
        diffs.append(("population.csv", "<UTF-8 without BOM>", "<has a BOM>"))
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    expected_cols = ["plan_id", "pool", "uscc", "name", "last_inspectors", "note"]
    if reader.fieldnames != expected_cols:
        diffs.append(("population.csv header", ",".join(expected_cols), ",".join(reader.fieldnames or [])))
    rows = []
    for line_no, r in enumerate(reader, start=2):
        if None in r or any(r.get(c) is None for c in expected_cols):
            diffs.append((f"population.csv row {line_no}", "<6 columns>", "<malformed row>"))
            continue
        li = r["last_inspectors"]
        rows.append({
            "plan_id": r["plan_id"], "pool": r["pool"], "uscc": r["uscc"], "name": r["name"],
            "last_inspectors": [x for x in li.split(";")] if li != "" else [],
            "note": r["note"],
        })

    # 2. recompute and compare the outcome
    calc = recompute(record, rows)
    diff("outcome", record["outcome"], calc, diffs)

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
