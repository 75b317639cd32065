"""End-to-end checks of `lcbudget calendar`: the .ics file read back by an independent parser
(icalendar), RFC 5545 framing, escaping against injection, determinism, and the 9-meeting proof."""
import calendar as pycal
import datetime as dt
import json
import os
import pathlib
import re
import subprocess

import icalendar
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = ROOT / ".build" / "debug" / "lcbudget"
SAMPLE = ROOT / "scenarios" / "calendar-sample.yaml"


def run(*args, env=None):
    merged = dict(os.environ)
    merged.update(env or {})
    return subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, env=merged)


def schedule_json(path):
    result = run("calendar", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def write_ics(path, tmp_path, *extra, env=None):
    out = tmp_path / "out.ics"
    result = run("calendar", path, "--ics", out, *extra, env=env)
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def local(value):
    """A DTSTART/DTEND as naive local ISO minutes, after checking its zone."""
    assert value.params["TZID"] == "America/Los_Angeles"
    return value.dt.replace(tzinfo=None).isoformat(timespec="minutes")


def test_every_ics_event_matches_the_json_schedule(tmp_path):
    data = schedule_json(SAMPLE)
    placed = [e for e in data["events"] if e["date"] is not None]
    assert len(placed) == 40  # 10 meetings + 10 touch-points in each of 2 years
    cal = icalendar.Calendar.from_ical(write_ics(SAMPLE, tmp_path))
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == len(placed)
    by_start = {(local(e["DTSTART"]), str(e["SUMMARY"])): e for e in events}
    assert len(by_start) == len(events)
    for item in placed:
        event = by_start[(item["start"], item["summary"])]
        assert local(event["DTEND"]) == item["end"]
        assert str(event["SUMMARY"]) == item["summary"]
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
    tz = cal.walk("VTIMEZONE")[0]
    assert str(tz["TZID"]) == "America/Los_Angeles"
    # The aware start converts to the right UTC instant: 14 Sep 2027 16:00 PDT is 23:00 UTC.
    first = by_start[("2027-09-14T16:00", data["scenario"] + ": whole-group meeting")]
    assert first["DTSTART"].dt.astimezone(dt.timezone.utc).isoformat() == "2027-09-14T23:00:00+00:00"
    # ... and 14 Dec 2027 16:00 PST is 00:00 UTC the next day.
    december = by_start[("2027-12-14T16:00", data["scenario"] + ": whole-group meeting")]
    assert december["DTSTART"].dt.astimezone(dt.timezone.utc).isoformat() == "2027-12-15T00:00:00+00:00"


def test_on_rule_meetings_are_second_tuesdays_by_pythons_calendar():
    data = schedule_json(SAMPLE)
    meetings = [e for e in data["events"] if e["kind"] == "meeting"]
    for m in meetings:
        y, mo, _ = map(int, m["ruleDate"].split("-"))
        tuesdays = [d for d in range(1, pycal.monthrange(y, mo)[1] + 1) if pycal.weekday(y, mo, d) == pycal.TUESDAY]
        assert m["ruleDate"] == f"{y:04d}-{mo:02d}-{tuesdays[1]:02d}"
        if m["status"] == "on_rule":
            assert m["date"] == m["ruleDate"]
        else:
            assert m["status"] == "moved" and m["reasons"]
        assert dt.date.fromisoformat(m["date"]).weekday() < 5
    assert [y["meetings"] for y in data["years"]] == [10, 10]
    assert data["planningMonths"] == ["2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"]
    # The testing window (24 Apr - 12 May 2028) moves May's meeting to Monday 15 May.
    may = next(m for m in meetings if m["month"] == "2028-05")
    assert (may["ruleDate"], may["date"], may["reasons"]) == ("2028-05-09", "2028-05-15", ["State testing window"])


def test_ics_framing_crlf_folding_and_determinism(tmp_path):
    raw = write_ics(SAMPLE, tmp_path)
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    assert raw.count(b"DTSTAMP:20260101T000000Z") == 40
    assert write_ics(SAMPLE, tmp_path) == raw
    other = write_ics(SAMPLE, tmp_path, env={"SOURCE_DATE_EPOCH": "1800000000"})
    assert b"DTSTAMP:20270115T080000Z" in other  # 1800000000 s = 2027-01-15 08:00:00 UTC
    assert other.replace(b"20270115T080000Z", b"20260101T000000Z") == raw
    assert not list(tmp_path.glob(".*.tmp"))


def scenario_text(calendar_block, per_year=10, name="Injection test"):
    return f"""format: 1
name: "{name}"
goal: teacher-identity
start: 2027-08
years: 1
cohort: {{ participants: 12 }}
meetings: {{ per_year: {per_year}, after_hours: true }}
food: {{ per_person_per_meeting: 15, guests_per_meeting: 2 }}
childcare: {{ families: 4, hours_per_meeting: 2.5, hourly_rate: 20 }}
stipends: {{ hourly_rate: 50, hours_per_month: 4 }}
calendar:
{calendar_block}"""


def test_injection_in_a_blackout_note_stays_in_one_escaped_property(tmp_path):
    evil = tmp_path / "evil.yaml"
    evil.write_text(scenario_text("""  school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
  meeting: { week: 2, weekday: tuesday, time: "16:00", minutes: 120 }
  location: "Room 1;\\nX-EVIL:1"
  blackouts:
    - { name: "Closure, ; \\\\ day", date: 2027-09-14, note: "x\\r\\nATTENDEE:evil" }
"""))
    for extra in ([], ["--include-blackouts"]):
        raw = write_ics(evil, tmp_path, *extra)
        unfolded = raw.replace(b"\r\n ", b"")
        logical = unfolded.split(b"\r\n")
        assert not any(line.startswith((b"ATTENDEE", b"X-EVIL")) for line in logical)
        cal = icalendar.Calendar.from_ical(raw)
        for event in cal.walk("VEVENT"):
            assert "ATTENDEE" not in event and "X-EVIL" not in event
        moved = next(e for e in cal.walk("VEVENT") if "Moved from" in str(e.get("DESCRIPTION", "")))
        assert str(moved["DTSTART"].dt.date()) == "2027-09-13"
        description = str(moved["DESCRIPTION"])
        assert "Closure, ; \\ day: x\nATTENDEE:evil" in description
        assert str(moved["LOCATION"]) == "Room 1;\nX-EVIL:1"
        assert b"Closure\\, \\; \\\\ day" in unfolded
        if extra:
            blackout = next(e for e in cal.walk("VEVENT") if str(e["SUMMARY"]).startswith("No meetings"))
            assert str(blackout["DESCRIPTION"]) == "x\nATTENDEE:evil"
            assert blackout["DTSTART"].dt == dt.date(2027, 9, 14) and blackout["DTEND"].dt == dt.date(2027, 9, 15)


def test_nine_calendar_meetings_project_like_per_year_nine(tmp_path):
    block = """  school_years: [{ first_day: 2027-09-01, last_day: 2028-05-31 }]
  meeting: { week: 2, weekday: tuesday, time: "16:00", minutes: 120 }
  coaching: { week: 4, weekday: thursday, time: "15:30", minutes: 45 }
"""
    with_calendar = tmp_path / "with.yaml"
    with_calendar.write_text(scenario_text(block, per_year=10, name="Nine"))
    plain = tmp_path / "plain.yaml"
    plain.write_text(scenario_text("", per_year=9, name="Nine").replace("calendar:\n", ""))
    assert [y["meetings"] for y in schedule_json(with_calendar)["years"]] == [9]
    a = json.loads(run("project", with_calendar, "--format", "json").stdout)
    b = json.loads(run("project", plain, "--format", "json").stdout)
    codes_a = [x["code"] for x in a.pop("advisories")]
    codes_b = [x["code"] for x in b.pop("advisories")]
    assert a == b  # every period, line, total and derived figure
    # The calendar also dates 9 coaching touch-points that this scenario (no coaching section)
    # does not pay for: said, with both numbers (docs/calendar.md).
    assert [c for c in codes_a if c not in codes_b] == ["CALENDAR_MEETING_COUNT", "CALENDAR_COACHING_COUNT"]
    food = next(l for l in a["periods"][1]["lines"] if l["category"] == "food")
    assert food["amount"] == (12 + 2) * 9 * 15
    check = run("check", with_calendar)
    assert check.returncode == 0
    assert re.search(r"with\.yaml:7:\d+: warning: \[CALENDAR_MEETING_COUNT\] The calendar places 9 whole-group meetings in year 1, but meetings.per_year is 10", check.stderr)
    assert "[CALENDAR_COACHING_COUNT] The calendar dates 9 coaching touch-points in year 1, but the scenario has no coaching section, so the budget pays for 0" in check.stderr


def test_errors_name_file_line_column_and_write_nothing(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(scenario_text("""  school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
  meeting: { week: 2, weekday: tusday, time: "16:00" }
"""))
    out = tmp_path / "never.ics"
    result = run("calendar", bad, "--ics", out)
    assert result.returncode == 1
    assert f"{bad}:13:32: error: calendar.meeting.weekday" in result.stderr
    assert "did you mean 'tuesday'?" in result.stderr
    assert not out.exists()
    no_calendar = tmp_path / "none.yaml"
    no_calendar.write_text(scenario_text("").replace("calendar:\n", ""))
    result = run("calendar", no_calendar)
    assert result.returncode == 1 and "has no calendar: section" in result.stderr
