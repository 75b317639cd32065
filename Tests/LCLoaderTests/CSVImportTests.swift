import Foundation
import TestSupport
import Testing
@testable import LCLoader
@testable import LCModel

/// Start 2027-08, two years, a 6-month on-ramp: dates 2027-02-01..2029-07-31 are inside.
func importCalendar() -> ProjectCalendar {
    var s = Scenario(name: "CSV", goal: .studentIdentity, start: YearMonth(year: 2027, month: 8), years: 2,
                     cohort: Cohort(participants: 4), meetings: Meetings(perYear: 10))
    s.planning = Planning(onrampMonths: 6, teamSize: 2, hoursPerMonth: 3, hourlyRate: 50)
    return ProjectCalendar(s)
}

/// The diagnostics an import throws, as printed.
func importErrors(_ body: () throws -> Void) -> [String] {
    do { try body() } catch let error as ScenarioError { return error.diagnostics.map(\.description) } catch {
        return ["unexpected \(error)"]
    }
    return []
}

@Suite struct CSVParserTests {
    @Test func quotedFieldsCommasNewlinesAndDoubledQuotes() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\r\n\r\n3,,\"\"\r\n"
        let records = try CSVParser.parse(text, file: "t.csv")
        #expect(records.count == 4)
        #expect(records[1].cells.map(\.text) == ["1", "x, y", "say \"hi\""])
        #expect(records[2].cells.map(\.text) == ["2", "two\nlines", "z"])
        #expect(records[3].line == 6)   // the multi-line field and the blank line are counted
        #expect(records[3].cells.map(\.text) == ["3", "", ""])
        #expect(records[1].cells[2].column == 10)   // 1 , " x , space y " , -> the third field starts at 10
    }

    @Test func badQuotingIsLocated() {
        #expect(importErrors { _ = try CSVParser.parse("a,b\n1,\"open\n", file: "q.csv") }
                == ["q.csv:2:3: error: this quoted field is never closed (a missing double quote)"])
        #expect(importErrors { _ = try CSVParser.parse("a,b\n1,x\"y\n", file: "q.csv") }.first?.hasPrefix("q.csv:2:4: error: a double quote inside") == true)
        #expect(importErrors { _ = try CSVParser.parse("a,b\n1,\"x\"y\n", file: "q.csv") }.first?.hasPrefix("q.csv:2:6: error: text after a closing quote") == true)
    }
}

@Suite struct ActualsCSVTests {
    let header = "date,category,item,amount,payer,memo\n"

    @Test func readsGoodRowsExactly() throws {
        let rows = try ActualsCSV.parse(header + """
            2027-09-15,food,Dinner,"$1,234.56",Deli,"26 people, pizza"
            2027-10-01,Kits,Refund,-25,Vendor,
            2027-02-01,planning,Planning pay,0.1,Payroll,first day of the on-ramp
            """, file: "a.csv", calendar: importCalendar())
        #expect(rows.map(\.line) == [2, 3, 4])
        #expect(rows[0].value.amount == Money(cents: 123_456))
        #expect(rows[0].value.memo == "26 people, pizza")
        #expect(rows[1].value.category == .kits)
        #expect(rows[1].value.amount == Money(cents: -2_500))
        #expect(rows[2].value.amount == Money(cents: 10))
    }

    @Test func columnsInAnyOrder() throws {
        let rows = try ActualsCSV.parse("memo,payer,amount,item,category,date\n,,5,x,food,2027-09-01\n",
                                        file: "a.csv", calendar: nil)
        #expect(rows[0].value.amount == Money(dollars: 5))
    }

    @Test func everyBadRowIsReportedWithItsPlace() {
        let errors = importErrors {
            _ = try ActualsCSV.parse(header + """
                2027-02-30,food,Dinner,10,Deli,
                9/14/2027,food,Dinner,10,Deli,
                2027-09-14,fod,Dinner,10,Deli,
                2027-09-14,food,Dinner,ten,Deli,
                2027-09-14,food,Dinner,12.345,Deli,
                2027-09-14,food,Dinner,10,Deli
                2030-01-01,food,Dinner,10,Deli,
                2027-09-14,food,,10,Deli,
                """, file: "bad.csv", calendar: importCalendar())
        }
        #expect(errors == [
            "bad.csv:2:1: error: '2027-02-30' is not a date; write dates as YYYY-MM-DD, e.g. 2027-09-14",
            "bad.csv:3:1: error: '9/14/2027' is not a date; write dates as YYYY-MM-DD (for 9/14/2027 write 2027-09-14)",
            "bad.csv:4:12: error: unknown category 'fod'; did you mean 'food'? (one of planning, stipends, buyouts, substitutes, food, childcare, kits, coaching, credentials, other, indirect)",
            "bad.csv:5:24: error: amount 'ten' is not a number of dollars (e.g. 1234.50)",
            "bad.csv:6:24: error: amount '12.345' has more than two decimals; write whole cents (e.g. 1234.50)",
            "bad.csv:7:31: error: this row has 5 fields but the header names 6 (a missing column)",
            "bad.csv:8:1: error: 2030-01-01 is outside the project's periods (2027-02-01 to 2029-07-31)",
            "bad.csv:9:17: error: item is empty; say what was bought or paid for",
        ])
    }

    @Test func headerProblemsStopBeforeTheRows() {
        #expect(importErrors { _ = try ActualsCSV.parse("date,category,item,amount,memo\n", file: "h.csv", calendar: nil) }
                == ["h.csv:1:1: error: missing column 'payer': the header must name date, category, item, amount, payer, memo"])
        #expect(importErrors { _ = try ActualsCSV.parse("date,categry,item,amount,payer,memo\n", file: "h.csv", calendar: nil) }
                == ["h.csv:1:6: error: unknown column 'categry'; did you mean 'category'? (the columns are date, category, item, amount, payer, memo)",
                    "h.csv:1:1: error: missing column 'category': the header must name date, category, item, amount, payer, memo"])
        #expect(importErrors { _ = try ActualsCSV.parse("", file: "e.csv", calendar: nil) }
                == ["e.csv: error: is empty; the first line must name the columns date, category, item, amount, payer, memo"])
    }

    @Test func moneyParsing() {
        #expect(CSVNumber.money("1,234,567.8") == Money(cents: 123_456_780))
        #expect(CSVNumber.money("-$3.50") == Money(cents: -350))
        #expect(CSVNumber.money("12,34") == nil)
        #expect(CSVNumber.money("1e3") == nil)
        #expect(CSVNumber.money("") == nil)
        #expect(CSVNumber.money("$") == nil)
        #expect(CSVNumber.money(".5") == nil)
    }
}

@Suite struct AttendanceCSVTests {
    let header = "educator,role,date,activity,hours\n"

    @Test func readsGoodRows() throws {
        let rows = try AttendanceCSV.parse(header + "Ana Diaz,participant,2027-09-15,meeting,2\n\"Ben, Jr.\",Leader,2027-09-15,planning,1.5\n",
                                           file: "t.csv", calendar: importCalendar())
        #expect(rows.count == 2)
        #expect(rows[1].value.educator == "Ben, Jr.")
        #expect(rows[1].value.role == .leader)
        #expect(rows[1].value.hours == Decimal(string: "1.5"))
    }

    @Test func everyBadRowIsReportedWithItsPlace() {
        let errors = importErrors {
            _ = try AttendanceCSV.parse(header + """
                Ana,participant,2027-09-15,meeting,-2
                Ana,student,2027-09-15,meeting,2
                Ana,participant,2027-09-15,lunch,2
                Ana,participant,2027-09-15,meeting,two
                Ana,participant,2027-09-15,meeting,25
                ,participant,2027-09-15,meeting,2
                Ana,participant,2027-09-15
                """, file: "att.csv", calendar: importCalendar())
        }
        #expect(errors == [
            "att.csv:2:36: error: hours -2 is negative; hours attended are 0 or more",
            "att.csv:3:5: error: unknown role 'student' (one of participant, leader)",
            "att.csv:4:28: error: unknown activity 'lunch' (one of meeting, coaching, planning, other)",
            "att.csv:5:36: error: hours 'two' is not a number (e.g. 2 or 1.5)",
            "att.csv:6:36: error: hours 25 is more than 24 in one row; split it by day",
            "att.csv:7:1: error: educator is empty; write the educator's name as on the roster",
            "att.csv:8:27: error: this row has 3 fields but the header names 5 (a missing column)",
        ])
    }
}
