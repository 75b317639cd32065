#!/usr/bin/env python3
"""The numpy peer of `lcbudget simulate`, for `make bench`: a vectorised float script.

Usage: bench/simulate_peer.py SCENARIO.yaml --draws N [--seed 1]

Reads the scenario with PyYAML, draws each input of its `uncertainty:` section with numpy's
generator (triangular, uniform, normal truncated to the field's range, discrete), costs every line
for all draws at once with the cost rules of docs/scenario-format.md in float64 (each line rounded
to cents, half away from zero), and prints the total's P10, P50 and P90. It is the script a
budget analyst would write: fast, but in binary floating point, not exact money, and its draws are
not lcbudget's (a different generator), so only its speed is compared.
"""
import argparse
import sys

import numpy as np
import yaml

RANGES = {"escalation.compensation": (-0.1, 0.25), "stipends.hourly_rate": (0, 10_000),
          "substitutes.daily_rate": (0, 100_000), "cohort.participants": (1, 10_000)}


def draw(rng, spec, n, bounds):
    (kind, p), = spec.items()
    if kind == "triangular":
        return np.rint(rng.triangular(p["low"], p["mode"], p["high"], n))
    if kind == "uniform":
        return rng.uniform(p["low"], p["high"], n)
    if kind == "normal":
        return np.clip(rng.normal(p["mean"], p["sd"], n), *bounds)
    if kind == "discrete":
        w = np.asarray(p.get("weights", [1] * len(p["values"])), dtype=float)
        return rng.choice(np.asarray(p["values"], dtype=float), n, p=w / w.sum())
    raise SystemExit(f"unsupported distribution {kind}")


def cents(x):
    """Rounded to cents, half away from zero."""
    return np.sign(x) * np.floor(np.abs(x) * 100 + 0.5) / 100


def total(s, v):
    """The total cost for every draw; v maps an uncertain path to its array of draws."""
    get = lambda path, default: v.get(path, default)
    years = s["years"]
    P = get("cohort.participants", float(s["cohort"]["participants"]))
    L = float(s["cohort"].get("leaders", 0))
    N = P - L
    fr = s.get("fringe", {})
    extra, subfr = float(fr.get("extra_duty", 0)), float(fr.get("substitutes", 0))
    comp = get("escalation.compensation", float(s.get("escalation", {}).get("compensation", 0)))
    goods = float(s.get("escalation", {}).get("goods", 0))
    M = s["meetings"]["per_year"]
    result = 0.0
    if "planning" in s:
        p = s["planning"]
        onramp = cents(p["team_size"] * p["hours_per_month"] * p["onramp_months"] * p["hourly_rate"])
        result = result + onramp + cents(extra * onramp)
    for k in range(1, years + 1):
        c, g = (1 + comp) ** (k - 1), (1 + goods) ** (k - 1)
        lines = {}
        if "stipends" in s:
            st = s["stipends"]
            rate = get("stipends.hourly_rate", float(st["hourly_rate"]))
            leader = rate if "leader_hourly_rate" not in st else float(st["leader_hourly_rate"])
            hours = float(st["hours_per_month"])
            lines["sp"] = cents(N * hours * M * rate * c)
            lines["sl"] = cents(L * (hours + float(st.get("leader_extra_hours_per_month", 0))) * M * leader * c)
            lines["sf"] = cents(extra * (lines["sp"] + lines["sl"]))
        if "buyouts" in s:
            b = s["buyouts"]
            lines["bl"] = cents(L * b["salary"] * b["leader_share"] * c)
            lines["bp"] = cents(N * b["salary"] * b.get("participant_share", 0) * c)
            lines["bf"] = cents(b["benefits_rate"] * (lines["bl"] + lines["bp"]))
        if "substitutes" in s:
            sub = s["substitutes"]
            covered = N + (L if sub.get("include_leaders", False) else 0)
            lines["sc"] = cents(covered * sub["days_per_participant"] * get("substitutes.daily_rate", float(sub["daily_rate"])) * c)
            lines["sx"] = cents(subfr * lines["sc"])
        if "food" in s:
            lines["food"] = cents((P + s["food"].get("guests_per_meeting", 0)) * M * s["food"]["per_person_per_meeting"] * g)
        if "childcare" in s and s["meetings"].get("after_hours", False):
            cc = s["childcare"]
            lines["care"] = cents(cc["families"] * cc["hours_per_meeting"] * cc["hourly_rate"] * M * g)
        if "kits" in s:
            share = 1 if k == 1 else s["kits"].get("refresh_share", 0)
            lines["kits"] = cents(P * s["kits"]["per_participant"] * share * g)
        if "coaching" in s:
            co = s["coaching"]
            groups = np.ceil(P / co["group_size"])
            lines["coach"] = cents(co.get("sessions_per_year", M) * groups * co["minutes"] / 60 * co["coach_hourly_rate"] * c)
        if "credentials" in s:
            lines["cred"] = cents(P * s["credentials"]["per_participant"] * g)
        for i, other in enumerate(s.get("other", [])):
            lines[f"o{i}"] = cents(other["annual"] * g)
        direct = sum(lines.values())
        if "indirect" in s:
            ind = s["indirect"]
            support = ("sp", "sl", "sf", "food", "care", "kits", "cred")
            employees = s["cohort"].get("employees", True)
            excluded = sum(lines.get(key, 0) for key in support) if ind.get("base") == "mtdc" and not employees else 0
            direct = direct + cents(ind["rate"] * (direct - excluded))
        result = result + direct
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario")
    parser.add_argument("--draws", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    s = yaml.safe_load(open(args.scenario, encoding="utf-8"))
    rng = np.random.default_rng(args.seed)
    v = {path: draw(rng, spec, args.draws, RANGES.get(path, (-np.inf, np.inf))) for path, spec in s["uncertainty"].items()}
    t = total(s, v)
    p10, p50, p90 = np.percentile(t, [10, 50, 90])
    print(f"{args.draws} draws: P10 {p10:,.2f}  P50 {p50:,.2f}  P90 {p90:,.2f}")


if __name__ == "__main__":
    sys.exit(main())
