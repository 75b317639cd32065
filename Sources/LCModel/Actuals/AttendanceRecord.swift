import Foundation

/// One educator's attendance at one activity on one day: a line of a sign-in sheet.
public struct AttendanceRecord: Sendable, Equatable {
    public var educator: String
    public var role: EducatorRole
    public var date: CivilDate
    public var activity: Activity
    /// Exact hours attended (never negative).
    public var hours: Decimal

    public init(educator: String, role: EducatorRole, date: CivilDate, activity: Activity, hours: Decimal) {
        (self.educator, self.role, self.date, self.activity, self.hours) = (educator, role, date, activity, hours)
    }
}

/// Whether an educator attended as a participant or as a leader (leaders are paid the leader rate).
public enum EducatorRole: String, Sendable, CaseIterable, Comparable {
    case participant, leader

    public static func < (a: EducatorRole, b: EducatorRole) -> Bool { a == .participant && b == .leader }
}

/// What the hours were spent on. See `StipendLedger` for which activities are paid.
public enum Activity: String, Sendable, CaseIterable {
    case meeting, coaching, planning, other

    public var title: String {
        switch self {
        case .meeting: "Meetings"
        case .coaching: "Coaching"
        case .planning: "Planning"
        case .other: "Other"
        }
    }
}
