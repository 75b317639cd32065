import Foundation

/// The field guide's figures that the advisories check and the remedies apply
/// (Maker Ed & Portland Public Schools, 2021).
///
/// Reports quote these instead of typing them, so a brief's "the guide's $50.00 an hour" is
/// the same number the stipend check uses.
public enum Guide {
    /// Educator time valued at no less than this per hour.
    public static var hourlyRate: Decimal { Advisor.guideHourlyRate }
    /// The guide's example time commitment: hours a month, including meetings, coaching and practice.
    public static let hoursPerMonth = Decimal(4)
    /// Share of a leader's time the guide suggests buying out ("about 50%").
    public static let leaderShare = Decimal(string: "0.5")!
    /// Months of planning on-ramp before the community starts.
    public static let onrampMonths = 6
    /// Whole-group meeting length, in minutes.
    public static let meetingMinutes = Decimal(90)...Decimal(120)
    /// The longest duration the guide commends (student outcomes: 3 to 5 years).
    public static let longestYears = 5

    /// The years the guide recommends for a goal: at least `minimumYears`, and for student
    /// outcomes a range up to `longestYears`.
    public static func years(for goal: Goal) -> ClosedRange<Int> {
        goal == .studentOutcomes ? goal.minimumYears...longestYears : goal.minimumYears...goal.minimumYears
    }
}
