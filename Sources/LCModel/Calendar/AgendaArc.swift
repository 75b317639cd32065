/// The published agenda of a community's year: a focus and a cycle step for each whole-group
/// meeting, so educators see in advance how their time will be spent (docs/calendar.md,
/// "Published agendas").
///
/// The guide asks for agendas built around iterative cycles of trying things in the classroom,
/// reflecting on evidence and making shared meaning of it; `guideCycle` is that cycle, used
/// when the scenario's `calendar.agenda` gives no `cycle:` of its own.
///
/// ```swift
/// let arc = AgendaArc(focus: ["Launch and norms", "Prototyping kits"])
/// arc.agenda(forMeeting: 1)   // MeetingAgenda(number: 1, focus: "Launch and norms", step: "Try it in the classroom")
/// arc.agenda(forMeeting: 4)   // number 4, focus "Prototyping kits", step "Try it in the classroom"
/// ```
///
/// The agenda is not a cost input: it changes what the calendar says, never what the budget pays.
public struct AgendaArc: Sendable, Equatable {
    /// Trying things in the classroom, reflecting on evidence, making shared meaning of it.
    public static let guideCycle = ["Try it in the classroom", "Reflect on the evidence", "Make shared meaning"]

    /// The steps, in order; meeting n takes step `cycle[(n - 1) % cycle.count]`. Never empty.
    public var cycle: [String]
    /// Focus texts, in meeting order; meeting n takes `focus[(n - 1) % focus.count]`, so a
    /// shorter list repeats. Empty: the meetings carry a step only.
    public var focus: [String]

    public init(cycle: [String] = AgendaArc.guideCycle, focus: [String] = []) {
        // An empty cycle would leave meetings without a step; the guide's cycle stands in.
        self.cycle = cycle.isEmpty ? AgendaArc.guideCycle : cycle
        self.focus = focus
    }

    /// The agenda of the `number`-th held whole-group meeting of the project (1-based).
    public func agenda(forMeeting number: Int) -> MeetingAgenda {
        let index = max(0, number - 1)
        return MeetingAgenda(number: number, focus: focus.isEmpty ? nil : focus[index % focus.count],
                             step: cycle[index % cycle.count])
    }
}

/// One meeting's published agenda: which meeting of the project it is, its focus and its step.
public struct MeetingAgenda: Sendable, Equatable {
    /// 1-based, counting the held whole-group meetings of the whole project in date order.
    public var number: Int
    public var focus: String?
    public var step: String

    public init(number: Int, focus: String?, step: String) {
        (self.number, self.focus, self.step) = (number, focus, step)
    }
}
