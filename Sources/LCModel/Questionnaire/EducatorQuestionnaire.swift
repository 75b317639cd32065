import Foundation

/// The guide's Educator Input Questionnaire ("Ensure that teacher voice is centered as you design
/// your learning community"), with the structured questions a budget needs added after it.
///
/// Each question's text is also its column header in the CSV an online form exports
/// (`Timestamp` first), so a form built from `questionnaire.html` exports a file
/// `lcbudget questionnaire import` reads without renaming a column.
///
/// ```swift
/// EducatorQuestionnaire.questions.first!.text   // "What would most support you to shift …"
/// EducatorQuestionnaire.csvHeader               // ["Timestamp", "What would most support …", …]
/// ```
public enum EducatorQuestionnaire {
    public enum Kind: Sendable, Equatable {
        /// Free text in the educator's own words (the guide's questions).
        case open
        /// A whole number (children needing care).
        case count
        /// Yes or No.
        case yesNo
        /// Any of the options, exported joined by ", " (options hold no comma).
        case choices([String])
        /// Dates (YYYY-MM-DD) separated by commas: any day of each busy week.
        case weeks
    }

    public struct Question: Sendable, Equatable {
        public var id, text: String
        public var kind: Kind
    }

    /// Meeting slots offered: weekday, start time and length match a `calendar.meeting` rule.
    public static let slots: [(label: String, weekday: String, time: String)] = [
        ("Monday 4-6 pm", "monday", "16:00"), ("Tuesday 4-6 pm", "tuesday", "16:00"),
        ("Wednesday 4-6 pm", "wednesday", "16:00"), ("Thursday 4-6 pm", "thursday", "16:00"),
        ("Saturday 9-11 am", "saturday", "09:00"),
    ]
    public static let diets = ["Vegetarian", "Vegan", "Gluten-free", "Dairy-free", "Halal", "Kosher", "Nut allergy", "None"]
    public static let materials = ["Craft and cardboard supplies", "Simple electronics", "Art supplies",
                                   "Books and print resources", "Digital tools"]

    public static let questions: [Question] = [
        // The guide's six questions, in its words.
        Question(id: "support", text: "What would most support you to shift your practice to be more equitable and learner-driven?", kind: .open),
        Question(id: "safety", text: "What do you need in order to feel safe and courageous when reflecting on and unlearning your own bias and stretching your practice in new directions, both individually and with others?", kind: .open),
        Question(id: "relationships", text: "Consider your most meaningful relationships with other educators. What characterizes these connections and supports them to grow?", kind: .open),
        Question(id: "connecting", text: "How do you like to communicate and connect with other educators outside of synchronous meetings and work times? Are there spaces, places, or platforms (such as email, listservs, social media, online forums) you prefer and why?", kind: .open),
        Question(id: "timing", text: "What time- and timing-related needs would need to be met in order to participate in a learning community?", kind: .open),
        Question(id: "resources", text: "What resources (material and fiscal) would you need in order to participate in a learning community?", kind: .open),
        // What the budget and the calendar need.
        Question(id: "children", text: "How many of your children would need care during meetings held after school hours? (0 if none)", kind: .count),
        Question(id: "slots", text: "Which days and times work for a monthly meeting? (choose all that apply)", kind: .choices(slots.map(\.label))),
        Question(id: "busy_weeks", text: "Which weeks of the school year are busiest for you? (any date in each week, YYYY-MM-DD, separated by commas)", kind: .weeks),
        Question(id: "diet", text: "Do you have dietary needs for meeting meals? (choose all that apply)", kind: .choices(diets)),
        Question(id: "substitute", text: "Would you need a substitute teacher to attend sessions held during the school day? (Yes/No)", kind: .yesNo),
        Question(id: "materials", text: "Which materials would you need to try new ideas in your classroom? (choose all that apply)", kind: .choices(materials)),
        Question(id: "visitor", text: "Would you like to bring a colleague or visitor to a meeting now and then? (Yes/No)", kind: .yesNo),
    ]

    /// The CSV header an online form exports: `Timestamp`, then one column per question.
    public static var csvHeader: [String] { ["Timestamp"] + questions.map(\.text) }

    public static func question(_ id: String) -> Question { questions.first { $0.id == id }! }
}
