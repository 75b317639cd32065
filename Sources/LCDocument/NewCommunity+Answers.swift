import Foundation
import LCLoader
import LCModel
import Yams

extension NewCommunity {
    /// What a scenario cannot default: who the community is, when it starts, who is in it, and
    /// how it meets. Everything else comes from the guide (`NewCommunity.entries`).
    ///
    /// ```swift
    /// var answers = NewCommunity.Answers()
    /// _ = NewCommunity.answer(NewCommunity.question("participants")!, "24", into: &answers)   // nil: accepted
    /// ```
    public struct Answers: Sendable, Equatable {
        public var name = ""
        public var organization = ""
        public var goal = Goal.studentOutcomes
        public var start = YearMonth(year: 2027, month: 8)
        public var participants = 0
        public var leaders = 0
        public var meetingsPerYear = 10
        public var meetingMinutes = 120
        public var afterHours = true
        /// The salary leader buyouts are costed on; written only when there are leaders.
        public var leaderSalary = Decimal(65_000)

        public init() {}
    }

    /// One question `lcbudget init` asks, and the key an answers file gives it under.
    public struct Question: Sendable {
        /// The answers file's key: `participants`.
        public let key: String
        /// The prompt: "Educators in the cohort, leaders included".
        public let prompt: String
        /// The answer an empty reply takes, as shown in brackets; `nil` when one must be given.
        public let defaultText: String?
        /// The rule a reply must follow, for the message that re-asks ("participants must be …").
        public let rule: @Sendable (Answers) -> String
        /// Whether the question applies (a leader salary is asked only when there are leaders).
        public let applies: @Sendable (Answers) -> Bool
        let apply: @Sendable (String, inout Answers) -> Bool
    }

    public static func question(_ key: String) -> Question? { questions.first { $0.key == key } }

    /// Sets the answer to `question` from `text` (trimmed; empty takes the default). Returns the
    /// rule broken, or `nil` when the answer was accepted.
    public static func answer(_ question: Question, _ text: String, into answers: inout Answers) -> String? {
        var reply = text.trimmingCharacters(in: .whitespaces)
        if reply.isEmpty, let fallback = question.defaultText { reply = fallback == "none" ? "" : fallback }
        var trial = answers
        guard question.apply(reply, &trial) else { return question.rule(answers) }
        answers = trial
        return nil
    }

    /// The questions in the order they are asked (a later rule may depend on an earlier answer).
    public static let questions: [Question] = [
        Question(key: "name", prompt: "Community name", defaultText: nil,
                 rule: { _ in "name must be visible text of 1 to \(ScenarioLoader.maximumTextCharacters) characters" },
                 applies: { _ in true }, apply: { t, a in
                     guard isText(t) else { return false }
                     a.name = t
                     return true
                 }),
        Question(key: "organization", prompt: "Organization (district, school or nonprofit)", defaultText: "none",
                 rule: { _ in "organization must be visible text of at most \(ScenarioLoader.maximumTextCharacters) characters" },
                 applies: { _ in true }, apply: { t, a in
                     guard t.isEmpty || isText(t) else { return false }
                     a.organization = t
                     return true
                 }),
        Question(key: "goal", prompt: "Goal (\(Goal.allCases.map(\.rawValue).joined(separator: ", ")))", defaultText: nil,
                 rule: { _ in "goal must be one of \(Goal.allCases.map(\.rawValue).joined(separator: ", "))" },
                 applies: { _ in true }, apply: { t, a in
                     guard let goal = Goal(rawValue: t.lowercased()) else { return false }
                     a.goal = goal
                     return true
                 }),
        Question(key: "start", prompt: "First month of year 1 (YYYY-MM, June to September)", defaultText: nil,
                 rule: { _ in "start must be a month written YYYY-MM from June to September: the guide kicks off in summer, before the school year starts in September" },
                 applies: { _ in true }, apply: { t, a in
                     guard let month = YearMonth(iso: t), (6...9).contains(month.month) else { return false }
                     a.start = month
                     return true
                 }),
        Question(key: "participants", prompt: "Educators in the cohort, leaders included", defaultText: nil,
                 rule: { _ in "participants must be a whole number from 1 to \(upperText("cohort.participants"))" },
                 applies: { _ in true }, apply: { t, a in
                     guard let n = whole(t), n >= 1, Decimal(n) <= bound("cohort.participants").upper else { return false }
                     a.participants = n
                     a.leaders = min(a.leaders, n)
                     return true
                 }),
        Question(key: "leaders", prompt: "Leaders among them", defaultText: "0",
                 rule: { a in "leaders must be a whole number from 0 to the cohort's \(a.participants)" },
                 applies: { _ in true }, apply: { t, a in
                     guard let n = whole(t), (0...a.participants).contains(n) else { return false }
                     a.leaders = n
                     return true
                 }),
        Question(key: "leader_salary", prompt: "Leaders' average salary in dollars (for their buyout)", defaultText: "65000",
                 rule: { _ in "leader_salary must be a dollar amount from 1 to \(upperText("buyouts.salary"))" },
                 applies: { $0.leaders > 0 }, apply: { t, a in
                     let digits = t.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")
                     guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                           let amount = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")),
                           amount >= 1, amount <= bound("buyouts.salary").upper else { return false }
                     a.leaderSalary = amount
                     return true
                 }),
        Question(key: "meetings_per_year", prompt: "Whole-group meetings a year (monthly is 10)", defaultText: "10",
                 rule: { _ in "meetings_per_year must be a whole number from 1 to 12 (one a month at most)" },
                 applies: { _ in true }, apply: { t, a in
                     guard let n = whole(t), (1...12).contains(n) else { return false }
                     a.meetingsPerYear = n
                     return true
                 }),
        Question(key: "meeting_minutes", prompt: "Minutes per meeting (90 to 120)", defaultText: "120",
                 rule: { _ in "meeting_minutes must be a whole number from 90 to 120, the guide's 90 minutes to 2 hours" },
                 applies: { _ in true }, apply: { t, a in
                     guard let n = whole(t), Guide.meetingMinutes.contains(Decimal(n)) else { return false }
                     a.meetingMinutes = n
                     return true
                 }),
        Question(key: "after_hours", prompt: "Do meetings run after school hours (yes or no)", defaultText: "yes",
                 rule: { _ in "after_hours must be yes or no" },
                 applies: { _ in true }, apply: { t, a in
                     switch t.lowercased() {
                     case "yes", "y", "true": a.afterHours = true
                     case "no", "n", "false": a.afterHours = false
                     default: return false
                     }
                     return true
                 }),
    ]

    /// A registry field's range (the guided start asks within the scenario format's own bounds).
    static func bound(_ path: String) -> (lower: Decimal, upper: Decimal) {
        let spec = FieldRegistry.field(path)!
        return (spec.minimum ?? 0, spec.maximum ?? 0)
    }

    /// The field's maximum as a message writes it: `10,000`.
    static func upperText(_ path: String) -> String {
        Money.grouped(NSDecimalNumber(decimal: bound(path).upper).uint64Value)
    }

    static func whole(_ text: String) -> Int? {
        let digits = text.replacingOccurrences(of: ",", with: "")
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Visible text the loader accepts in a name: not blank, no control or hidden character, and
    /// within the loader's length limit.
    static func isText(_ text: String) -> Bool {
        !text.isEmpty && !text.contains(where: \.isNewline) && TextRules.firstRefused(in: text) == nil
            && text.utf16.count <= ScenarioLoader.maximumTextCharacters
    }

    // MARK: Answers files

    /// Reads an answers file: a YAML mapping of the questions' keys to scalars. Every problem is
    /// reported at its line and column (an unknown key, a value breaking its rule, a key missing).
    ///
    /// ```swift
    /// let answers = try NewCommunity.answers(text: "name: Makers\ngoal: student-outcomes\nstart: 2027-08\nparticipants: 24\n",
    ///                                        file: "answers.yaml")
    /// ```
    public static func answers(text: String, file: String) throws(ScenarioError) -> Answers {
        func at(_ node: Node?, _ message: String) -> Diagnostic {
            Diagnostic(.error, message, at: SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1))
        }
        let keys = questions.map(\.key).joined(separator: ", ")
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw ScenarioError([yamlProblem(error, file: file)])
        } catch {
            throw ScenarioError([Diagnostic(.error, "not valid YAML: \(error)", file: file)])
        }
        guard let root, let mapping = root.mapping else {
            throw ScenarioError([at(root, "an answers file must be a mapping of keys to answers (\(keys))")])
        }
        var problems: [Diagnostic] = []
        var given: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if question(key) == nil {
                problems.append(at(keyNode, "unknown key '\(key)'; the keys are \(keys)"))
            } else {
                given[key] = value
            }
        }
        var answers = Answers()
        for question in questions where question.applies(answers) {
            guard let node = given[question.key] else {
                if question.defaultText == nil {
                    problems.append(at(root, "missing \(question.key); add it: \(question.rule(answers))"))
                }
                continue
            }
            guard let scalar = node.scalar else {
                problems.append(at(node, "\(question.key): \(question.rule(answers))"))
                continue
            }
            if let rule = answer(question, scalar.string, into: &answers) {
                problems.append(at(node, "\(question.key): \(rule)"))
            }
        }
        if !problems.isEmpty {
            throw ScenarioError(problems.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) })
        }
        return answers
    }

    static func yamlProblem(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            Diagnostic(.error, "not valid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            Diagnostic(.error, "not valid YAML: \(error)", file: file)
        }
    }
}
