"""An independent oracle for lcbudget's cost rules, written from docs/scenario-format.md with
Python's `fractions.Fraction`: every line is computed exactly and rounded once to cents, half
away from zero. It shares no code and no expected figures with the Swift engine; the tests in
test_exact_oracle.py compare the two on seeded random scenarios.

    scenario = random_scenario(random.Random(1))
    figures = project(scenario)          # {"periods": [...], "total": cents, ...}
    text = to_yaml(scenario)             # the same scenario as a file for `lcbudget project`
"""
import math
import random
from fractions import Fraction

CATEGORIES = ["planning", "stipends", "buyouts", "substitutes", "food", "childcare", "kits", "coaching",
              "credentials", "other", "indirect"]
# Participant support when the cohort are not the payer's employees (the rules' "Money" section).
PARTICIPANT_SUPPORT = {"stipends", "food", "childcare", "kits", "credentials"}


def round_half_away(value, rounding=None):
    """Cents of an exact dollar amount, rounded half away from zero."""
    if rounding is not None:
        return rounding(value)
    cents = abs(value) * 100
    whole = cents.numerator // cents.denominator
    if cents - whole >= Fraction(1, 2):
        whole += 1
    return whole if value >= 0 else -whole


def F(text):
    """An exact number from its decimal text (never through a float)."""
    return Fraction(text)


# ------------------------------------------------------------------ the rules

def project(s, rounding=None, divide=None):
    """The scenario's figures in cents: lines per period, totals, present value, per-unit
    figures, funding gaps and advisory codes. `rounding` replaces the rounding rule and `divide`
    coaching's minutes ÷ 60 (the control tests pass deliberately wrong ones)."""
    divide = divide or (lambda a, b: a / b)
    r = lambda v: round_half_away(v, rounding)
    years = s["years"]
    cohort = s["cohort"]
    employees = cohort.get("employees", True)

    def counts(k):
        if "by_year" in cohort:
            entry = cohort["by_year"][k - 1]
            return entry["participants"], entry.get("leaders", 0)
        return cohort["participants"], cohort.get("leaders", 0)

    fringe = s.get("fringe", {})
    extra_duty = F(fringe.get("extra_duty", "0"))
    sub_fringe = F(fringe.get("substitutes", "0"))
    esc = s.get("escalation", {})
    comp, goods = F(esc.get("compensation", "0")), F(esc.get("goods", "0"))
    M = s["meetings"]["per_year"]
    after_hours = s["meetings"].get("after_hours", False)

    periods = []
    # Period 0: planning, no escalation, no indirect.
    lines = {}
    if "planning" in s:
        p = s["planning"]
        lines["planning.onramp"] = ("planning", r(p["team_size"] * F(p["hours_per_month"]) * p["onramp_months"] * F(p["hourly_rate"])))
        lines["planning.fringe"] = ("planning", r(extra_duty * Fraction(lines["planning.onramp"][1], 100)))
    periods.append(lines)

    for k in range(1, years + 1):
        P, L = counts(k)
        N = P - L
        c = (1 + comp) ** (k - 1)
        g = (1 + goods) ** (k - 1)
        lines = {}

        def add(key, category, exact):
            lines[key] = (category, r(exact))

        def dollars(*keys):
            return Fraction(sum(lines[key][1] for key in keys), 100)

        if "stipends" in s:
            st = s["stipends"]
            rate = F(st["hourly_rate"])
            leader_rate = F(st.get("leader_hourly_rate", st["hourly_rate"]))
            hours = F(st["hours_per_month"])
            add("stipends.participants", "stipends", N * hours * M * rate * c)
            add("stipends.leaders", "stipends", L * (hours + F(st.get("leader_extra_hours_per_month", "0"))) * M * leader_rate * c)
            add("stipends.fringe", "stipends", extra_duty * dollars("stipends.participants", "stipends.leaders"))
        if "buyouts" in s:
            b = s["buyouts"]
            salary = F(b["salary"])
            add("buyouts.leaders", "buyouts", L * salary * F(b["leader_share"]) * c)
            add("buyouts.participants", "buyouts", N * salary * F(b.get("participant_share", "0")) * c)
            add("buyouts.fringe", "buyouts", F(b["benefits_rate"]) * dollars("buyouts.leaders", "buyouts.participants"))
        if "substitutes" in s:
            sub = s["substitutes"]
            covered = N + (L if sub.get("include_leaders", False) else 0)
            add("substitutes.coverage", "substitutes", covered * F(sub["days_per_participant"]) * F(sub["daily_rate"]) * c)
            add("substitutes.fringe", "substitutes", sub_fringe * dollars("substitutes.coverage"))
        if "food" in s:
            food = s["food"]
            add("food.meals", "food", (P + food.get("guests_per_meeting", 0)) * M * F(food["per_person_per_meeting"]) * g)
        if "childcare" in s:
            care = s["childcare"]
            cost = care["families"] * F(care["hours_per_meeting"]) * F(care["hourly_rate"]) * M * g if after_hours else Fraction(0)
            add("childcare.care", "childcare", cost)
        if "kits" in s:
            kits = s["kits"]
            share = 1 if k == 1 else F(kits.get("refresh_share", "0"))
            add("kits.kits", "kits", P * F(kits["per_participant"]) * share * g)
        if "coaching" in s:
            co = s["coaching"]
            sessions = co.get("sessions_per_year", M)
            groups = -(-P // co["group_size"])
            add("coaching.sessions", "coaching", sessions * groups * divide(F(co["minutes"]), 60) * F(co["coach_hourly_rate"]) * c)
        if "credentials" in s:
            add("credentials.credentials", "credentials", P * F(s["credentials"]["per_participant"]) * g)
        for i, other in enumerate(s.get("other", [])):
            add(f"other.{i}", "other", F(other["annual"]) * g)
        if "indirect" in s:
            ind = s["indirect"]
            excluded = PARTICIPANT_SUPPORT if (ind.get("base", "total_direct") == "mtdc" and not employees) else set()
            base = Fraction(sum(cents for category, cents in lines.values() if category not in excluded), 100)
            add("indirect.indirect", "indirect", F(ind["rate"]) * base)
        periods.append(lines)

    period_totals = [sum(cents for _, cents in lines.values()) for lines in periods]
    category_totals = {cat: sum(cents for lines in periods for c2, cents in lines.values() if c2 == cat) for cat in CATEGORIES}
    total = sum(period_totals)
    discount = F(s.get("discount_rate", "0.03"))
    pv = Fraction(period_totals[0], 100) + sum(Fraction(period_totals[k], 100) / (1 + discount) ** (k - 1)
                                               for k in range(1, years + 1))
    participant_years = sum(counts(k)[0] for k in range(1, years + 1))
    per_participant_year = r(Fraction(sum(period_totals[1:]), 100) / participant_years)
    students = sum(counts(k)[0] * F(cohort.get("students_per_educator", "0")) for k in range(1, years + 1))
    per_student = r(Fraction(total, 100) / students) if students > 0 else None
    funding = []
    for k in range(1, years + 1):
        funded = r(sum((F(src["by_year"][k - 1]) for src in s.get("funding", [])), Fraction(0)))
        funding.append({"year": k, "funded": funded, "gap": period_totals[k] - funded})
    return {
        "periods": [{key: cents for key, (_, cents) in lines.items()} for lines in periods],
        "periodTotals": period_totals,
        "categoryTotals": category_totals,
        "total": total,
        "presentValue": r(pv),
        "perParticipantYear": per_participant_year,
        "perStudentReached": per_student,
        "funding": funding,
        "advisories": sorted(advisories(s, funding)),
    }


def advisories(s, funding):
    """The advisory codes the rules' table fires."""
    codes = []
    cohort = s["cohort"]
    leader_counts = [e.get("leaders", 0) for e in cohort["by_year"]] if "by_year" in cohort else [cohort.get("leaders", 0)]
    has_leaders = any(n > 0 for n in leader_counts)
    st, bo = s.get("stipends"), s.get("buyouts")
    participant_buyout = bo is not None and F(bo.get("participant_share", "0")) > 0
    if (st is not None and F(st["hourly_rate"]) < 50) or (st is None and not participant_buyout):
        codes.append("STIPEND_BELOW_GUIDE")
    leader_buyout = bo is not None and F(bo["leader_share"]) > 0
    higher_rate = st is not None and F(st.get("leader_hourly_rate", st["hourly_rate"])) > F(st["hourly_rate"])
    if has_leaders and not higher_rate and not leader_buyout:
        codes.append("LEADER_RATE_NOT_INCREASED")
    if has_leaders and (bo is None or F(bo["leader_share"]) < F("0.45")):
        codes.append("LEADER_BUYOUT_BELOW_GUIDE")
    if s["years"] < {"teacher-identity": 1, "student-identity": 2, "student-outcomes": 3}[s["goal"]]:
        codes.append("DURATION_SHORT_FOR_GOAL")
    start_month = int(s["start"].split("-")[1])
    school = s.get("school_year_start_month", 9)
    if start_month not in {(school - 1 - back) % 12 + 1 for back in range(4)}:
        codes.append("KICKOFF_MIDYEAR")
    if "planning" not in s or s["planning"]["onramp_months"] < 6:
        codes.append("ONRAMP_SHORT")
    minutes = F(s["meetings"].get("minutes", "120"))
    if minutes < 90 or minutes > 120:
        codes.append("MEETING_LENGTH")
    if "coaching" not in s or s["coaching"].get("sessions_per_year", s["meetings"]["per_year"]) == 0:
        codes.append("NO_COACHING")
    if s["meetings"].get("after_hours", False) and "childcare" not in s:
        codes.append("CHILDCARE_MISSING")
    if "food" not in s:
        codes.append("FOOD_MISSING")
    if "kits" not in s:
        codes.append("KITS_MISSING")
    if "funding" in s and any(f["gap"] > 0 for f in funding):
        codes.append("FUNDING_GAP")
    return codes


# ------------------------------------------------------------------ random scenarios

def money(rng, low, high, decimals=None):
    """A decimal text between low and high with 0 to 3 decimals (three-decimal rates included)."""
    decimals = rng.choice([0, 0, 1, 2, 2, 3, 3]) if decimals is None else decimals
    scale = 10 ** decimals
    value = Fraction(rng.randint(low * scale, high * scale), scale)
    return decimal_text(value, decimals)


def decimal_text(value, decimals):
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = value.numerator // value.denominator
    if decimals == 0:
        return f"{sign}{whole}"
    frac = (value - whole) * 10 ** decimals
    return f"{sign}{whole}.{int(frac):0{decimals}d}"


def share(rng, decimals=None):
    decimals = rng.choice([1, 2, 2, 3, 4]) if decimals is None else decimals
    return decimal_text(Fraction(rng.randint(0, 10 ** decimals), 10 ** decimals), decimals)


def half_cent_rate(rng):
    """A rate ending in 5 in the third decimal (11.115): with odd counts, lines land on a half cent."""
    return f"{rng.randint(5, 120)}.{rng.randint(0, 99):02d}5"


def random_scenario(rng):
    """A valid scenario exercising a random subset of every section and option of format 1."""
    years = rng.randint(1, 5)
    s = {"format": 1, "name": f"Oracle {rng.randint(0, 10**9)}",
         "goal": rng.choice(["teacher-identity", "student-identity", "student-outcomes"]),
         "start": f"{rng.randint(2025, 2030)}-{rng.randint(1, 12):02d}", "years": years}
    if rng.random() < 0.5:
        s["school_year_start_month"] = rng.randint(1, 12)
    if rng.random() < 0.6:
        places = rng.choice([2, 3, 4])
        s["discount_rate"] = decimal_text(Fraction(rng.randint(0, 2 * 10 ** (places - 1)), 10 ** places), places)
    participants = rng.randint(1, 60)
    cohort = {"participants": participants, "leaders": rng.randint(0, min(participants, 6))}
    if rng.random() < 0.5:
        cohort["students_per_educator"] = rng.choice(["0", str(rng.randint(1, 120)), money(rng, 1, 90, 1)])
    if rng.random() < 0.35:
        cohort["employees"] = False
    if rng.random() < 0.35:
        by_year = []
        for _ in range(years):
            p = rng.randint(1, 60)
            by_year.append({"participants": p, "leaders": rng.randint(0, min(p, 6))})
        cohort["by_year"] = by_year
    s["cohort"] = cohort
    meetings = {"per_year": rng.randint(1, 12)}
    if rng.random() < 0.7:
        meetings["minutes"] = rng.choice(["60", "90", "105", "120", "150", money(rng, 30, 180, 1)])
    if rng.random() < 0.5:
        meetings["after_hours"] = rng.random() < 0.6
    s["meetings"] = meetings
    rate = lambda: half_cent_rate(rng) if rng.random() < 0.3 else money(rng, 10, 120)
    if rng.random() < 0.8:
        st = {"hourly_rate": rate(), "hours_per_month": money(rng, 0, 10, rng.choice([0, 1, 2]))}
        if rng.random() < 0.5:
            st["leader_hourly_rate"] = rate()
        if rng.random() < 0.5:
            st["leader_extra_hours_per_month"] = money(rng, 0, 6, rng.choice([0, 1]))
        s["stipends"] = st
    if rng.random() < 0.7:
        s["fringe"] = {k: share(rng) if rng.random() < 0.5 else f"0.0{rng.randint(0, 9)}{rng.randint(0, 9)}5"
                       for k in ("extra_duty", "substitutes") if rng.random() < 0.8}
    if rng.random() < 0.6:
        bo = {"salary": money(rng, 40000, 110000), "benefits_rate": share(rng), "leader_share": share(rng)}
        if rng.random() < 0.5:
            bo["participant_share"] = share(rng)
        s["buyouts"] = bo
    if rng.random() < 0.6:
        sub = {"days_per_participant": money(rng, 0, 5, rng.choice([0, 1])), "daily_rate": money(rng, 100, 300)}
        if rng.random() < 0.5:
            sub["include_leaders"] = rng.random() < 0.5
        s["substitutes"] = sub
    if rng.random() < 0.7:
        food = {"per_person_per_meeting": rate() if rng.random() < 0.3 else money(rng, 5, 30)}
        if rng.random() < 0.5:
            food["guests_per_meeting"] = rng.randint(0, 5)
        s["food"] = food
    if rng.random() < 0.5:
        s["childcare"] = {"families": rng.randint(0, 12), "hours_per_meeting": money(rng, 1, 4, rng.choice([0, 1, 2])),
                          "hourly_rate": rate()}
    if rng.random() < 0.6:
        kits = {"per_participant": money(rng, 20, 300)}
        if rng.random() < 0.6:
            kits["refresh_share"] = share(rng)
        s["kits"] = kits
    if rng.random() < 0.75:
        co = {"minutes": rng.choice(["50", "45", "40", "25", "35", "20", "60", "90", money(rng, 10, 120, 1)]),
              "group_size": rng.randint(1, 8), "coach_hourly_rate": rate()}
        if rng.random() < 0.5:
            co["sessions_per_year"] = rng.randint(0, 12)
        s["coaching"] = co
    if rng.random() < 0.5:
        s["credentials"] = {"per_participant": money(rng, 20, 400)}
    if rng.random() < 0.6:
        s["planning"] = {"onramp_months": rng.randint(0, 9), "team_size": rng.randint(0, 6),
                         "hours_per_month": money(rng, 0, 12, rng.choice([0, 1])), "hourly_rate": rate()}
    if rng.random() < 0.5:
        s["other"] = [{"name": f"Other cost {i}", "annual": money(rng, 100, 30000)} for i in range(rng.randint(1, 3))]
    if rng.random() < 0.6:
        esc = {}
        for key in ("compensation", "goods"):
            if rng.random() < 0.8:
                esc[key] = decimal_text(Fraction(rng.randint(-1000, 2500), 10000), 4)  # -0.1 to 0.25, negatives included
        s["escalation"] = esc
    if rng.random() < 0.7:
        ind = {"rate": share(rng, rng.choice([2, 3, 4]))}
        if rng.random() < 0.6:
            ind["base"] = rng.choice(["total_direct", "mtdc"])
        s["indirect"] = ind
    if rng.random() < 0.6:
        s["funding"] = [{"source": f"Source {i}", "kind": rng.choice(["district", "grant", "partner", "in_kind", "other"]),
                         "by_year": [money(rng, 0, 300000) for _ in range(years)]} for i in range(rng.randint(0, 3))]
    return s


def to_yaml(s):
    """The scenario as a YAML file, numbers written as their exact decimal text."""
    out = []

    def scalar(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v)
        if isinstance(v, str) and (v[:1].isdigit() or v[:1] == "-") and all(ch in "0123456789.-" for ch in v) and v.count("-") <= 1 and not (len(v) == 7 and v[4] == "-"):
            return v
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def emit(key, value, indent):
        pad = "  " * indent
        if isinstance(value, dict) and not value:
            out.append(f"{pad}{key}: {{}}")
        elif isinstance(value, dict):
            out.append(f"{pad}{key}:")
            for k, v in value.items():
                emit(k, v, indent + 1)
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out.append(f"{pad}{key}: [{', '.join(scalar(v) for v in value)}]")
            else:
                out.append(f"{pad}{key}:")
                for item in value:
                    first = True
                    for k, v in item.items():
                        prefix = f"{pad}  - " if first else f"{pad}    "
                        if isinstance(v, list):
                            out.append(f"{prefix}{k}: [{', '.join(scalar(x) for x in v)}]")
                        else:
                            out.append(f"{prefix}{k}: {scalar(v)}")
                        first = False
        else:
            out.append(f"{pad}{key}: {scalar(value)}")

    for key, value in s.items():
        if key == "start":
            out.append(f"start: {value}")
        else:
            emit(key, value, 0)
    return "\n".join(out) + "\n"


def exact_half_cents(s):
    """How many lines of the scenario land exactly on a half cent before rounding, and how
    many of those are coaching lines (the division)."""
    halves = {"all": 0, "coaching": 0}

    def spy(value):
        cents = value * 100
        if cents.denominator == 2:
            halves["all"] += 1
        return round_half_away(value)

    project(s, rounding=spy)
    only = dict(s)
    only_coaching = {k: v for k, v in s.items() if k in ("format", "name", "goal", "start", "years", "cohort", "meetings", "coaching", "escalation")}
    before = halves["all"]
    project(only_coaching, rounding=spy)
    halves["coaching"] = halves["all"] - before
    halves["all"] = before
    del only
    return halves
