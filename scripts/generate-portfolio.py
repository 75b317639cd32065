#!/usr/bin/env python3
"""Writes N generated scenario files (format 1) for `lcbudget batch` benchmarks and tests.

Usage: scripts/generate-portfolio.py DIR [--count 1000] [--seed 7] [--broken K]

Deterministic: the same count and seed always give the same files, byte for byte (Python's
`random.Random(seed)`, no clock, no hash order). Each scenario is a full community like the
spec's worked example (every section, 0-2 `other` lines) with 1-5 years and amounts drawn with
whole cents, so a projection has 2 planning lines and 14-16 lines a year: 1,000 files hold about
47,000 projected lines. `--broken K` also writes K files with a deliberate error
(`years: 7`), for the "a bad file is skipped" checks.
"""
import argparse
import os
import random

GOALS = ["teacher-identity", "student-identity", "student-outcomes"]
KINDS = ["district", "grant", "partner", "in_kind", "other"]
DISTRICTS = ["Riverside", "Hillcrest", "Lakeview", "Maple Grove", "Cedar Park", "Eastside", "Northfield",
             "Pine Hollow", "Harbor", "Summit"]
FOCUS = ["Maker", "Literacy", "Math Talk", "Science Inquiry", "Inclusive Classroom", "Early Grades", "Arts"]


def money(rng, low, high):
    """Whole cents from low to high dollars, as plain text ("1234.56")."""
    cents = rng.randint(low * 100, high * 100)
    return f"{cents // 100}.{cents % 100:02d}"


def share(rng, low, high):
    """A share with four decimals from low to high."""
    return f"{rng.randint(int(low * 10000), int(high * 10000)) / 10000:.4f}"


def scenario(rng, number):
    years = rng.randint(1, 5)
    participants = rng.randint(8, 40)
    leaders = rng.randint(1, min(6, participants))
    district = rng.choice(DISTRICTS)
    lines = [
        "format: 1",
        f'name: "{district} {rng.choice(FOCUS)} Community {number:04d}"',
        f'organization: "{district} School District"',
        f"goal: {rng.choice(GOALS)}",
        f"start: {rng.randint(2026, 2030)}-{rng.choice([6, 7, 8, 9]):02d}",
        f"years: {years}",
        f"discount_rate: {share(rng, 0.01, 0.06)}",
        "cohort:",
        f"  participants: {participants}",
        f"  leaders: {leaders}",
        f"  students_per_educator: {rng.randint(20, 120)}",
        f"  employees: {'true' if rng.random() < 0.7 else 'false'}",
        "meetings:",
        f"  per_year: {rng.randint(6, 12)}",
        f"  minutes: {rng.choice([90, 105, 120])}",
        f"  after_hours: {'true' if rng.random() < 0.6 else 'false'}",
        "stipends:",
        f"  hourly_rate: {money(rng, 35, 70)}",
        f"  hours_per_month: {rng.choice([2, 3, 4, 5, 6])}",
        f"  leader_hourly_rate: {money(rng, 50, 90)}",
        f"  leader_extra_hours_per_month: {rng.randint(0, 4)}",
        "fringe:",
        f"  extra_duty: {share(rng, 0.05, 0.2)}",
        f"  substitutes: {share(rng, 0.0, 0.05)}",
        "buyouts:",
        f"  salary: {money(rng, 55000, 90000)}",
        f"  benefits_rate: {share(rng, 0.2, 0.4)}",
        f"  leader_share: {share(rng, 0.3, 0.6)}",
        f"  participant_share: {share(rng, 0.0, 0.1)}",
        "substitutes:",
        f"  days_per_participant: {rng.randint(1, 4)}",
        f"  daily_rate: {money(rng, 150, 260)}",
        "food:",
        f"  per_person_per_meeting: {money(rng, 8, 20)}",
        f"  guests_per_meeting: {rng.randint(0, 4)}",
        "childcare:",
        f"  families: {rng.randint(0, 10)}",
        f"  hours_per_meeting: {rng.choice(['2', '2.5', '3'])}",
        f"  hourly_rate: {money(rng, 15, 30)}",
        "kits:",
        f"  per_participant: {money(rng, 50, 250)}",
        f"  refresh_share: {share(rng, 0.1, 0.5)}",
        "coaching:",
        f"  sessions_per_year: {rng.randint(4, 12)}",
        f"  minutes: {rng.choice([30, 45, 60])}",
        f"  group_size: {rng.randint(1, 3)}",
        f"  coach_hourly_rate: {money(rng, 60, 110)}",
        "credentials:",
        f"  per_participant: {money(rng, 25, 150)}",
        "planning:",
        f"  onramp_months: {rng.randint(3, 9)}",
        f"  team_size: {rng.randint(3, 8)}",
        f"  hours_per_month: {rng.randint(2, 6)}",
        f"  hourly_rate: {money(rng, 40, 70)}",
    ]
    others = rng.randint(0, 2)
    if others:
        lines.append("other:")
        for index in range(others):
            lines += [f'  - name: "Further cost {index + 1}"', f"    annual: {money(rng, 1000, 12000)}"]
    lines += [
        "escalation:",
        f"  compensation: {share(rng, 0.0, 0.05)}",
        f"  goods: {share(rng, 0.0, 0.04)}",
        "indirect:",
        f"  rate: {share(rng, 0.05, 0.15)}",
        f"  base: {rng.choice(['mtdc', 'total_direct'])}",
        "funding:",
    ]
    for source in range(rng.randint(1, 2)):
        amounts = ", ".join(str(rng.randint(40, 200) * 1000) for _ in range(years))
        lines += [f'  - source: "Source {source + 1}"', f"    kind: {rng.choice(KINDS)}", f"    by_year: [{amounts}]"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--broken", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.dir, exist_ok=True)
    for number in range(1, args.count + 1):
        with open(os.path.join(args.dir, f"community-{number:04d}.yaml"), "w", encoding="utf-8") as f:
            f.write(scenario(rng, number))
    for number in range(1, args.broken + 1):
        text = scenario(rng, args.count + number)
        text = text.replace("\nyears: ", "\nyears: 7\n# was: ", 1)
        with open(os.path.join(args.dir, f"broken-{number:02d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
