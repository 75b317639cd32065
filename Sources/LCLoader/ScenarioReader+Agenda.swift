import Foundation
import LCModel

/// Reads `calendar.agenda` (docs/calendar.md, "Published agendas"): the cycle of steps the
/// meetings go through and the focus of each meeting, with `file:line:column` errors.
///
/// ```yaml
/// calendar:
///   agenda:
///     cycle: ["Try it in the classroom", "Reflect on the evidence", "Make shared meaning"]
///     focus: ["Launch: norms and first prototypes", "Questioning", "Student voice"]
/// ```
extension ScenarioReader {
    /// At most this many steps in a cycle and focus texts in an arc (ten years of monthly meetings).
    static let agendaCycleLimit = 12
    static let agendaFocusLimit = 120

    func readAgenda(_ c: MappingReader) -> AgendaArc?? {
        guard c.has("agenda") else { return .some(nil) }
        guard let a = c.section("agenda", allowed: ["cycle", "focus"]) else { return nil }
        let cycle = a.has("cycle") ? agendaTexts(a, "cycle", limit: Self.agendaCycleLimit, what: "step") : []
        let focus = a.has("focus") ? agendaTexts(a, "focus", limit: Self.agendaFocusLimit, what: "focus") : []
        guard let cycle, let focus else { return nil }
        return .some(AgendaArc(cycle: cycle.isEmpty ? AgendaArc.guideCycle : cycle, focus: focus))
    }

    /// A list of one-line texts, each checked where it stands; nil after reporting.
    private func agendaTexts(_ a: MappingReader, _ key: String, limit: Int, what: String) -> [String]? {
        guard let entries = a.list(key), let node = a.value(key) else { return nil }
        let name = a.qualified(key)
        if entries.isEmpty {
            validation.error("\(name) must list at least one \(what); remove the key to \(key == "cycle" ? "use the guide's cycle" : "give steps only")", at: node)
            return nil
        }
        if entries.count > limit {
            validation.error("\(name) lists \(entries.count) entries, at most \(limit) are allowed; shorten the list (a shorter list repeats)", at: entries[limit])
            return nil
        }
        var texts: [String] = []
        var ok = true
        for (index, entry) in entries.enumerated() {
            let entryName = "\(name)[\(index)]"
            guard let text = MappingReader.text(entry, name: entryName, nonEmpty: true, validation: validation) else { ok = false; continue }
            // One line: the text becomes a table cell in the brief and one line of an invitation.
            if text.contains(where: \.isNewline) {
                validation.error("\(entryName) must be one line; write it without line breaks", at: entry)
                ok = false
                continue
            }
            texts.append(text.trimmingCharacters(in: .whitespaces))
        }
        return ok ? texts : nil
    }
}
